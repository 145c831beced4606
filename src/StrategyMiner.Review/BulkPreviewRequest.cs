namespace StrategyMiner.Review;

internal sealed record BulkPreviewRequest(string? Action, FilterDto? Filter);
