namespace StrategyMiner.Export;

/// <summary>What <see cref="QdpxReader"/> reads from a .qdpx file.</summary>
public sealed record QdpxProject(
    string Name, string? Origin, Guid? CreatingUser, string? CreationDateTime,
    IReadOnlyList<QdpxUser> Users, IReadOnlyList<QdpxCode> Codes, IReadOnlyList<QdpxSource> Sources);
