namespace StrategyMiner.Export;

/// <summary>A User of a REFI-QDA project.</summary>
public sealed record QdpxUser(Guid Guid, string? Name);
