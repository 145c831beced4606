namespace StrategyMiner.Export;

/// <summary>A PlainTextSelection: code point positions [start, end) in its source's plain text, with its codings.</summary>
public sealed record QdpxSelection(
    Guid Guid, string? Name, int StartPosition, int EndPosition, Guid? CreatingUser, string? CreationDateTime, string? Description,
    IReadOnlyList<QdpxCoding> Codings);
