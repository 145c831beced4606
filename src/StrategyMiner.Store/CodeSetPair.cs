namespace StrategyMiner.Store;

/// <summary>The codes two coder versions suggested for one passage.</summary>
public sealed record CodeSetPair(string PassageId, IReadOnlySet<string> First, IReadOnlySet<string> Second);
