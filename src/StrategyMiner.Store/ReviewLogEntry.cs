namespace StrategyMiner.Store;

/// <summary>One line of the append-only audit log.</summary>
public sealed record ReviewLogEntry(long Id, string PassageId, string Action, ReviewState Before, ReviewState After, string Reviewer, string At, string? Comment);
