namespace StrategyMiner.Store;

/// <summary>One current suggestion as the queue lists it.</summary>
public sealed record QueueSuggestion(string Code, string Method, double Confidence);
