namespace StrategyMiner.Store;

/// <summary>The result of a decision: applied, or refused because someone else decided first.</summary>
/// <param name="Applied">False when the passage's version had moved on (optimistic concurrency).</param>
/// <param name="State">The state after the decision, or the current state on a conflict.</param>
/// <param name="Message">Why a decision was refused, for the reviewer.</param>
public sealed record DecisionOutcome(bool Applied, ReviewState State, string? Message = null);
