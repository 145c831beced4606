namespace StrategyMiner.Export;

/// <summary>A Coding: the code applied to a selection, and by whom.</summary>
public sealed record QdpxCoding(Guid Guid, Guid CodeGuid, Guid? CreatingUser);
