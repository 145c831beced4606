namespace StrategyMiner.Review;

// One passage of a confirmed bulk action, exactly as the preview showed it.
internal sealed record BulkApplyItem(string? PassageId, int? Version, List<string>? Codes);
