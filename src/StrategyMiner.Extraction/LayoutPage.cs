namespace StrategyMiner.Extraction;

/// <summary>
/// A page after layout analysis: its Docstrum blocks in reading order, each a list of lines.
/// Held for every page until running headers and the body font size are known document-wide.
/// </summary>
internal sealed class LayoutPage(int number, double width, double height, bool hasImages)
{
    public int Number { get; } = number;

    public double Width { get; } = width;

    public double Height { get; } = height;

    public bool HasImages { get; } = hasImages;

    public List<List<LayoutLine>> Blocks { get; } = [];

    /// <summary>Why the page could not be read; null when it was.</summary>
    public string? Failure { get; init; }
}
