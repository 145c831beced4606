namespace StrategyMiner.Corpus;

/// <summary>One regional development strategy as listed in the national compilation.</summary>
public sealed record StrategyEntry(string Region, string Title, int Year);
