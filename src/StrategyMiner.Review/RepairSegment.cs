namespace StrategyMiner.Review;

// A stretch of page text before and after repair; unchanged stretches have equal texts.
internal sealed record RepairSegment(string Original, string Repaired, bool Changed, double? Score);
