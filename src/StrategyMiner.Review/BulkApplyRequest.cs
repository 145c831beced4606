namespace StrategyMiner.Review;

internal sealed record BulkApplyRequest(string? Action, string? Reviewer, string? Comment, List<BulkApplyItem>? Items);
