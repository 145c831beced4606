using System.Text;

namespace StrategyMiner.Export;

/// <summary>
/// Positions counted in Unicode code points (scalar values), not UTF-16 units: an emoji is one
/// position, as it is for the Python- and Java-based QDA importers that read REFI-QDA offsets.
/// An unpaired surrogate counts as one position, as the U+FFFD it becomes in UTF-8.
/// </summary>
internal static class CodePoints
{
    public static int Length(string text)
    {
        var n = 0;
        foreach (var _ in text.EnumerateRunes()) n++;
        return n;
    }

    /// <summary>The text from code point <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static string Slice(string text, int start, int end)
    {
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(start), $"bad range {start}..{end}");
        var sb = new StringBuilder();
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (i >= end) break;
            if (i >= start) sb.Append(rune.ToString());
            i++;
        }
        if (i < end) throw new ArgumentOutOfRangeException(nameof(end), $"range {start}..{end} is past the end of the text ({i} code points)");
        return sb.ToString();
    }

    /// <summary>CR LF and lone CR become LF, so that offsets do not depend on the platform's line ending.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
