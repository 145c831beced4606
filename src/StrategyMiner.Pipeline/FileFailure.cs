namespace StrategyMiner.Pipeline;

/// <summary>A file that did not go in, and why.</summary>
public sealed record FileFailure(string Path, string Reason);
