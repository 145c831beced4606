namespace StrategyMiner.Review;

// A new double-coding round: sample size, seed, the two reviewers and the queue filter to draw from.
internal sealed record RoundRequest(int? Size, int? Seed, string? ReviewerA, string? ReviewerB, FilterDto? Filter, string? Reviewer);
