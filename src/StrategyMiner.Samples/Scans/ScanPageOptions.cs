namespace StrategyMiner.Samples.Scans;

/// <summary>What happens to one page when it is scanned.</summary>
public sealed record ScanPageOptions
{
    /// <summary>Clockwise rotation of the sheet on the scanner glass: 0, 90, 180 or 270.</summary>
    public int Rotation { get; init; }

    /// <summary>Scan an empty sheet of the page's size instead of the page (paper tone and noise only).</summary>
    public bool Blank { get; init; }

    /// <summary>Skew in degrees (positive is counter-clockwise); null draws one from the <see cref="ScanOptions"/> range.</summary>
    public double? SkewDegrees { get; init; }

    /// <summary>A page scanned straight, with the document's tones and noise.</summary>
    public static ScanPageOptions Default { get; } = new();
}
