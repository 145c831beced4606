namespace StrategyMiner.Store;

/// <summary>A passage of a double-coding round with both reviewers' decisions (the web page shows each reviewer only their own).</summary>
/// <param name="SettledBy">Who wrote the main decision after comparing, if anyone did.</param>
public sealed record DoubleCodingItem(long RoundId, string PassageId, int Position, DoubleCodingDecision A, DoubleCodingDecision B, string? SettledBy, string? SettledAt);
