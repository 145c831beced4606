namespace StrategyMiner.Store;

/// <summary>One decision of a bulk action, made on the version the reviewer saw in the preview.</summary>
/// <param name="Codes">For accept: the codes shown in the preview; null means the current suggestions.</param>
public sealed record BulkDecision(string PassageId, ReviewAction Action, IReadOnlyList<string>? Codes, int ExpectedVersion);
