namespace StrategyMiner.Export;

/// <summary>A Code of a REFI-QDA project's codebook; <paramref name="Parent"/> is the enclosing Code, if any.</summary>
public sealed record QdpxCode(Guid Guid, string Name, bool IsCodable, string? Description, Guid? Parent);
