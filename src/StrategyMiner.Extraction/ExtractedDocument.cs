using StrategyMiner.Documents;

namespace StrategyMiner.Extraction;

/// <summary>What extraction got from one PDF.</summary>
/// <param name="PageCount">Pages in the PDF.</param>
/// <param name="Title">The PDF's metadata title, when it has one.</param>
/// <param name="Pages">One entry per page, in page order; pages without a text layer have no blocks.</param>
public sealed record ExtractedDocument(int PageCount, string? Title, IReadOnlyList<PageText> Pages);
