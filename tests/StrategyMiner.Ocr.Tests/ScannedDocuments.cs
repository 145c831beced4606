using System.Text;
using StrategyMiner.Samples.Scans;

namespace StrategyMiner.Ocr.Tests;

/// <summary>Scanned PDFs built for the tests in a temporary folder, made once per test run.</summary>
internal static class ScannedDocuments
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"strategyminer-ocr-tests-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    });

    private static readonly Lazy<string> MixedPath = new(BuildMixed);

    /// <summary>
    /// Five pages: 1 the strategy text, noisy and skewed; 2 the skills text turned 90° clockwise; 3 the
    /// access text upside down; 4 an empty sheet; 5 the strategy text with its image data destroyed.
    /// </summary>
    public static string Mixed => MixedPath.Value;

    public static string Create(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder.Value, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static void DeleteAll()
    {
        if (Folder.IsValueCreated && Directory.Exists(Folder.Value)) Directory.Delete(Folder.Value, recursive: true);
    }

    private static string BuildMixed()
    {
        var digital = PlainTextPdf.Build([SwedishPages.Strategy, SwedishPages.Skills, SwedishPages.Access, SwedishPages.Access, SwedishPages.Strategy]);
        var scanned = new ScanSimulator(new ScanOptions { Seed = 7 }).Scan(digital, new Dictionary<int, ScanPageOptions>
        {
            [1] = new() { SkewDegrees = 1.2 },
            [2] = new() { Rotation = 90 },
            [3] = new() { Rotation = 180 },
            [4] = new() { Blank = true },
            [5] = ScanPageOptions.Default,
        });
        return Create("mixed.pdf", CorruptImage(scanned, imageIndex: 4));
    }

    /// <summary>Overwrites the zlib header of the n-th (0-based) image stream, so no renderer can decode it.</summary>
    private static byte[] CorruptImage(byte[] pdf, int imageIndex)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = -1;
        for (var i = 0; i <= imageIndex; i++)
        {
            at = text.IndexOf("/Subtype /Image", at + 1, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"The PDF has fewer than {imageIndex + 1} images.");
        }
        var data = text.IndexOf("stream", at, StringComparison.Ordinal) + "stream".Length;
        while (pdf[data] is (byte)'\r' or (byte)'\n') data++;
        var corrupt = (byte[])pdf.Clone();
        Encoding.ASCII.GetBytes("BROKEN!!").CopyTo(corrupt, data);
        return corrupt;
    }
}
