namespace StrategyMiner.Store;

/// <summary>The current decision on a passage.</summary>
/// <param name="Status"><c>pending</c>, <c>approved</c> or <c>rejected</c>.</param>
/// <param name="Codes">The codes as decided (for pending: the coders' suggestions).</param>
/// <param name="Version">Bumped by every decision; a decision must name the version it was made on.</param>
public sealed record ReviewState(string PassageId, string Status, IReadOnlyList<string> Codes, string? Reviewer, string? DecidedAt, string? Comment, int Version);
