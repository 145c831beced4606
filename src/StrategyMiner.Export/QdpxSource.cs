namespace StrategyMiner.Export;

/// <summary>A TextSource with its plain text (read from the project's sources folder) and its selections.</summary>
public sealed record QdpxSource(Guid Guid, string? Name, string? PlainTextPath, string Text, IReadOnlyList<QdpxSelection> Selections)
{
    /// <summary>The text a selection covers, cut at code point positions.</summary>
    public string TextOf(QdpxSelection selection) => CodePoints.Slice(Text, selection.StartPosition, selection.EndPosition);
}
