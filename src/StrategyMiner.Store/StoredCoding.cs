namespace StrategyMiner.Store;

/// <summary>A code a coder suggested for a passage.</summary>
public sealed record StoredCoding(string PassageId, string Code, string Kind, string Method, string ModelVersion, double Confidence, string? Quote);
