using StrategyMiner.Codebook;
using StrategyMiner.Coding;
using StrategyMiner.Extraction;
using StrategyMiner.Passages;
using StrategyMiner.Samples;
using StrategyMiner.Store;

namespace StrategyMiner.Pipeline.Tests;

public class CodingStageTests
{
    private sealed class FixedCoder(string method, params string[] codes) : IPassageCoder
    {
        public string Method => method;
        public string ModelVersion => "v1";

        public IReadOnlyList<CodingResult> Code(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default) =>
            passages.Select(p => new CodingResult(p.Id, codes.Select(c => new CodeSuggestion(c, 0.8)).ToList())).ToList();
    }

    [Test]
    public void With_two_coders_every_passage_is_flagged_with_the_codes_only_one_suggested_in_codebook_order()
    {
        using var folder = new TempFolder("sm-coding-stage-");
        var pdf = folder.File("region-dalarna-rus.pdf");
        File.WriteAllBytes(pdf, SampleCorpus.Strategy("Dalarna", "Dalarnas län", "Dalastrategin 2030", SampleTexts.Chapters.Take(2).ToList(), stripPage: null).Build());
        var pipeline = new PipelineBuilder()
            .UseExtractor(new PdfPigExtractor())
            .UsePassages(new ParagraphPassageBuilder())
            .UseCoder(() => new FixedCoder("local", "MIL", "T1", "EKO"))
            .UseCoder(() => new FixedCoder("llm", "T1", "T3", "MIL"))
            .Build();

        using var store = EvidenceStore.Open(folder.File("strategyminer.db"));
        var summary = pipeline.Run([pdf], store);

        var passages = store.GetPassages();
        Assert.That(passages, Is.Not.Empty);
        Assert.That(summary.Coded["local"], Is.EqualTo(passages.Count));
        Assert.That(passages.Select(p => string.Join(",", p.Disputed)).Distinct(), Is.EqualTo(new[] { "T3,EKO" }));
    }
}
