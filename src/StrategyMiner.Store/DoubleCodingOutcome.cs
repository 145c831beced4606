namespace StrategyMiner.Store;

/// <summary>The result of a double-coding decision: applied, or refused because the reviewer's version moved on (e.g. in another tab).</summary>
public sealed record DoubleCodingOutcome(bool Applied, DoubleCodingDecision Decision, string? Message = null);
