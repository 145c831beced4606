namespace StrategyMiner.Text;

/// <summary>
/// Joins two consecutive lines of running text, undoing end-of-line hyphenation ("utveck-" +
/// "lingsarbetet" → "utvecklingsarbetet") while keeping real hyphens: compounds with an
/// abbreviation, digit or single letter before the hyphen ("EU-medel", "2020-talet", "e-hälsa"),
/// hyphen chains ("stad-land-relationer") and suspended compounds ("kommun- och regionnivå").
/// </summary>
/// <remarks>
/// A typographer's rule, not a dictionary: a hyphen after a lower-case word part followed by a
/// lower-case continuation is taken as a line-break hyphen, so a genuine compound of two lower-case
/// parts broken exactly at its own hyphen (a rare "sjö-" / "fiske" for "sjö-fiske") loses it.
/// </remarks>
public static class Hyphenation
{
    private static readonly string[] Connectors = ["och", "eller", "samt", "respektive", "resp.", "till", "som", "men", "&", "and", "or"];

    /// <summary>The lines joined in order; blank lines are skipped.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        string? text = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            text = text is null ? line : Join(text, line);
        }
        return text ?? "";
    }

    /// <summary>The second line appended to the first: with a space, or glued when the first ends in a hyphen.</summary>
    public static string Join(string first, string second)
    {
        var left = first.TrimEnd();
        var right = second.TrimStart();
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;

        var last = left[^1];
        if (last == '\u00AD')
        {
            return left[..^1] + right;
        }
        if (last is not ('-' or '\u2010'))
        {
            return left + " " + right;
        }

        var headStart = left.LastIndexOfAny([' ', '\t', '\n']) + 1;
        var head = left[headStart..^1];
        var tailEnd = right.IndexOfAny([' ', '\t', '\n']);
        var tail = tailEnd < 0 ? right : right[..tailEnd];

        // A hyphen standing alone or after punctuation is a dash, not a word break.
        if (head.Length == 0 || !char.IsLetterOrDigit(head[^1]))
        {
            return left + " " + right;
        }
        if (Connectors.Contains(tail.TrimEnd(',', ';', ':'), StringComparer.OrdinalIgnoreCase))
        {
            return left + " " + right;
        }
        if (!char.IsLetterOrDigit(tail[0]))
        {
            return left + " " + right;
        }
        var breakHyphen = head.Length >= 2
            && char.IsLower(head[^1])
            && char.IsLower(tail[0])
            && !tail.Contains('-')
            && !head.Contains('-');
        return breakHyphen ? left[..^1] + right : left + right;
    }
}
