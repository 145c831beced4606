namespace StrategyMiner.Store;

/// <summary>One passage of the review queue with its current decision and suggestions.</summary>
/// <param name="Snippet">The first 240 characters of the passage.</param>
/// <param name="Status"><c>pending</c>, <c>approved</c> or <c>rejected</c>.</param>
/// <param name="Codes">The decided codes; for a pending passage the suggested ones.</param>
/// <param name="Version">The decision version a new decision must name.</param>
/// <param name="MinConfidence">The lowest current suggestion confidence; null when none is left.</param>
public sealed record QueueItem(
    string PassageId, string DocumentId, string FileName, string? Title, string? Region, int Ordinal, IReadOnlyList<int> Pages,
    string Heading, string Snippet, string Status, IReadOnlyList<string> Codes, string? Reviewer, string? DecidedAt, int Version,
    IReadOnlyList<QueueSuggestion> Suggestions, IReadOnlyList<string> Disputed, double? MinConfidence);
