namespace StrategyMiner.Samples.Digital;

/// <summary>
/// The regular and bold TrueType fonts the sample PDFs embed. PdfPig can only write the standard-14
/// fonts with StandardEncoding, which has no å, ä, ö or é, so the samples embed a TrueType font
/// (with a ToUnicode map, as most real brochures do).
/// </summary>
/// <param name="Regular">TrueType bytes of the body font.</param>
/// <param name="Bold">TrueType bytes of the heading font.</param>
public sealed record StrategyPdfFonts(ReadOnlyMemory<byte> Regular, ReadOnlyMemory<byte> Bold)
{
    private static readonly string[] Directories =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/local/share/fonts/dejavu",
    ];

    private static readonly Lazy<StrategyPdfFonts> DefaultFonts = new(LoadDefault);

    /// <summary>
    /// DejaVu Sans and DejaVu Sans Bold from the Debian package fonts-dejavu-core (or the folder named
    /// by the environment variable STRATEGYMINER_FONT_DIR); loaded once per process.
    /// </summary>
    /// <exception cref="FileNotFoundException">Neither location holds the fonts.</exception>
    public static StrategyPdfFonts Default => DefaultFonts.Value;

    private static StrategyPdfFonts LoadDefault()
    {
        var custom = Environment.GetEnvironmentVariable("STRATEGYMINER_FONT_DIR");
        var candidates = string.IsNullOrWhiteSpace(custom) ? Directories : [custom, .. Directories];
        foreach (var dir in candidates)
        {
            var regular = Path.Combine(dir, "DejaVuSans.ttf");
            var bold = Path.Combine(dir, "DejaVuSans-Bold.ttf");
            if (File.Exists(regular) && File.Exists(bold))
            {
                return new StrategyPdfFonts(File.ReadAllBytes(regular), File.ReadAllBytes(bold));
            }
        }
        throw new FileNotFoundException(
            "DejaVuSans.ttf and DejaVuSans-Bold.ttf not found (install the Debian package fonts-dejavu-core or set STRATEGYMINER_FONT_DIR).");
    }
}
