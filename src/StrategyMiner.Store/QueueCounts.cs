namespace StrategyMiner.Store;

/// <summary>Review progress of the whole queue, per suggested code and per region.</summary>
/// <param name="Total">All AI-coded passages (key "").</param>
/// <param name="ByCode">Per code, in codebook order: passages with that code suggested.</param>
/// <param name="ByRegion">Per region ("" when unknown), by name.</param>
public sealed record QueueCounts(ReviewCount Total, IReadOnlyList<ReviewCount> ByCode, IReadOnlyList<ReviewCount> ByRegion);
