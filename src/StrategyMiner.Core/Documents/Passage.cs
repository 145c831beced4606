namespace StrategyMiner.Documents;

/// <summary>The unit that gets coded: a paragraph (or a sentence-bounded piece of a long one).</summary>
/// <param name="Id">Stable id: hash of the document's file name and the normalised text.</param>
/// <param name="DocumentId">The document's content hash.</param>
/// <param name="Ordinal">Position in the document's reading order, from 0.</param>
/// <param name="Pages">The page numbers the passage spans, ascending.</param>
/// <param name="Heading">The heading path, levels joined with " › ".</param>
/// <param name="Source">The weakest source among its pages (OCR or repaired beats text layer).</param>
/// <param name="Text">The passage text.</param>
public sealed record Passage(string Id, string DocumentId, int Ordinal, IReadOnlyList<int> Pages, string Heading, PageSource Source, string Text)
{
    /// <summary>Mean OCR confidence of its words, 0..1; null for text-layer passages.</summary>
    public double? Confidence { get; init; }

    /// <summary>Where the passage sits, one box per page part.</summary>
    public IReadOnlyList<PageBox> Boxes { get; init; } = [];
}
