namespace StrategyMiner.Samples.Scans;

/// <summary>How a <see cref="ScanSimulator"/> damages pages: resolution, tones, skew and noise.</summary>
public sealed record ScanOptions
{
    /// <summary>Seed of the damage; the same seed and input give the same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Scan resolution in dots per inch.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Smallest skew in degrees (its sign is random).</summary>
    public double MinSkewDegrees { get; init; } = 0.5;

    /// <summary>Largest skew in degrees.</summary>
    public double MaxSkewDegrees { get; init; } = 1.5;

    /// <summary>
    /// Standard deviation of the per-pixel sensor noise in grey levels (0..255). Noise cannot be
    /// compressed: an A4 page at 300 dpi takes about 4.5 MB at 4 and about 0.2 MB at 0.
    /// </summary>
    public double NoiseSigma { get; init; } = 4;

    /// <summary>Share of pixels turned into dark dust specks.</summary>
    public double SpeckleRate { get; init; } = 0.0004;

    /// <summary>Grey level of the paper (255 is white).</summary>
    public byte PaperTone { get; init; } = 238;

    /// <summary>Grey level of full ink (0 is black).</summary>
    public byte InkTone { get; init; } = 40;

    /// <summary>Soften the page as scanner optics do (a 3×3 blur).</summary>
    public bool Blur { get; init; } = true;

    /// <summary>Skew, optics blur and dust but no sensor noise: small files for committed samples.</summary>
    public static ScanOptions Compact { get; } = new() { NoiseSigma = 0 };

    /// <summary>A straight, noise-free scan: only paper and ink tones change.</summary>
    public static ScanOptions Clean { get; } = new()
    {
        MinSkewDegrees = 0, MaxSkewDegrees = 0, NoiseSigma = 0, SpeckleRate = 0, Blur = false,
    };
}
