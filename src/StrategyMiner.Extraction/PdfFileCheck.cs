using System.Globalization;
using System.Text;
using StrategyMiner.Documents;

namespace StrategyMiner.Extraction;

/// <summary>Rejects files that cannot be a PDF before a parser sees them, naming what they are instead.</summary>
internal static class PdfFileCheck
{
    // The PDF header may follow a little leading junk (ISO 32000-1, 7.5.2 allows readers to search for it).
    private const int HeaderWindow = 1024;

    public static void ThrowIfNotPdf(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputRejectedException("is a folder, not a PDF file");
        }
        if (!File.Exists(path))
        {
            throw new InputRejectedException("file not found");
        }

        byte[] start;
        long length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = stream.Length;
            start = new byte[(int)Math.Min(HeaderWindow, length)];
            stream.ReadExactly(start);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException($"cannot read file: {e.Message}", e);
        }

        if (length == 0)
        {
            throw new InputRejectedException("empty file (0 bytes)");
        }
        if (start.AsSpan().IndexOf("%PDF-"u8) < 0)
        {
            throw new InputRejectedException($"not a PDF (no %PDF header; {Describe(start)})");
        }
    }

    /// <summary>Whether the file ends with the %%EOF marker (within its last kilobyte), as a complete PDF does.</summary>
    public static bool LooksTruncated(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var tail = new byte[(int)Math.Min(1024, stream.Length)];
            stream.Seek(-tail.Length, SeekOrigin.End);
            stream.ReadExactly(tail);
            return tail.AsSpan().IndexOf("%%EOF"u8) < 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Describe(byte[] start)
    {
        var kind = start switch
        {
            [(byte)'P', (byte)'K', 3, 4, ..] => ", a ZIP archive or Word/Excel/PowerPoint file",
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ", a PNG image",
            [0xFF, 0xD8, 0xFF, ..] => ", a JPEG image",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => ", an old Word/Excel file",
            [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => ", an RTF document",
            _ => "",
        };

        var decoded = Encoding.UTF8.GetString(start, 0, Math.Min(64, start.Length)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var printable = new StringBuilder();
        foreach (var c in decoded)
        {
            if (char.IsControl(c) || c == '\uFFFD' || printable.Length == 24) break;
            printable.Append(c);
        }
        var text = printable.ToString().Trim();
        if (text.Length > 0)
        {
            return $"starts with '{text}'{kind}";
        }
        var hex = string.Join(' ', start.Take(4).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
        return $"starts with bytes {hex}{kind}";
    }
}
