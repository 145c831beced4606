namespace StrategyMiner.Store;

/// <summary>A double-coding round: a seeded sample of passages that two reviewers decide blind.</summary>
/// <param name="Size">Passages asked for.</param>
/// <param name="Passages">Passages actually sampled (fewer when fewer were eligible).</param>
/// <param name="FilterJson">The queue filter the sample was drawn from, as JSON.</param>
public sealed record DoubleCodingRound(long Id, int Seed, int Size, int Passages, string ReviewerA, string ReviewerB, string FilterJson, string CreatedBy, string CreatedAt);
