using StrategyMiner.Coding;
using StrategyMiner.Extraction;
using StrategyMiner.Ocr;
using StrategyMiner.Passages;
using StrategyMiner.Pipeline;
using StrategyMiner.Repair;
using StrategyMiner.Store;

namespace StrategyMiner.Cli;

/// <summary>The composition root: the real stages wired into one pipeline.</summary>
internal static class DefaultPipeline
{
    public static StrategyPipeline Create(EvidenceStore store, string? coder, int maxPages = PdfPigExtractor.DefaultMaxPages)
    {
        var check = new TextLayerCheck();
        var builder = new PipelineBuilder()
            .UseExtractor(new PdfPigExtractor(maxPages))
            .UseOcr(check.NeedsOcr, () => new TesseractRecognizer())
            .UseRepair(SwedishRepairer.CreateDefault)
            .UsePassages(new ParagraphPassageBuilder());
        if (coder is "local" or "both") builder.UseCoder(() => LocalCoder.LoadOrTrainDefault(store));
        if (coder is "llm" or "both")
        {
            // Fail before any work when the endpoint is not configured, not after ingesting.
            IPassageCoder llm;
            try { llm = LlmCoderFactory.FromEnvironment(store); }
            catch (LlmConfigurationException ex) { throw new UserErrorException(ex.Message); }
            builder.UseCoder(() => llm);
        }
        return builder.Build();
    }
}
