namespace StrategyMiner.Review;

// A decision as the page sends it: always with the version it was made on.
internal sealed record DecisionRequest(string? Action, List<string>? Codes, string? Comment, int? Version, string? Reviewer, string? PassageId);
