using StrategyMiner.Coding;
using StrategyMiner.Documents;
using StrategyMiner.Extraction;
using StrategyMiner.Ocr;
using StrategyMiner.Passages;
using StrategyMiner.Repair;

namespace StrategyMiner.Pipeline;

/// <summary>
/// Collects the stages of a run and freezes them into a <see cref="StrategyPipeline"/>
/// (the builder-then-pipeline shape of Markdig's MarkdownPipelineBuilder). Stages left out are
/// skipped: no OCR stage means pages without a text layer are recorded as failed, no coder means
/// the run stops after passages.
/// </summary>
public sealed class PipelineBuilder
{
    private IDocumentExtractor? _extractor;
    private Func<PageText, bool>? _needsOcr;
    private Func<IPageRecognizer>? _recognizer;
    private Func<SwedishRepairer>? _repairer;
    private IPassageBuilder? _passages;
    private readonly List<Func<IPassageCoder>> _coders = [];

    /// <summary>Reads the text layer of PDFs.</summary>
    public PipelineBuilder UseExtractor(IDocumentExtractor extractor) { _extractor = extractor; return this; }

    /// <summary>Reads pages without a usable text layer; created only if a page needs it.</summary>
    public PipelineBuilder UseOcr(Func<PageText, bool> needsOcr, Func<IPageRecognizer> recognizer)
    {
        _needsOcr = needsOcr;
        _recognizer = recognizer;
        return this;
    }

    /// <summary>Repairs pages whose text lost å/ä/ö; created only if a page needs it.</summary>
    public PipelineBuilder UseRepair(Func<SwedishRepairer> repairer) { _repairer = repairer; return this; }

    /// <summary>Builds passages from pages.</summary>
    public PipelineBuilder UsePassages(IPassageBuilder passages) { _passages = passages; return this; }

    /// <summary>Adds a coder (created when the coding stage starts).</summary>
    public PipelineBuilder UseCoder(Func<IPassageCoder> coder) { _coders.Add(coder); return this; }

    /// <summary>Freezes the stages into a pipeline.</summary>
    public StrategyPipeline Build() => new(
        _extractor ?? throw new InvalidOperationException("A pipeline needs an extractor."),
        _needsOcr, _recognizer, _repairer,
        _passages ?? throw new InvalidOperationException("A pipeline needs a passage builder."),
        [.. _coders]);
}
