using System.Text;

namespace StrategyMiner.Coding;

/// <summary>
/// Decides whether a quote an LLM gave is really in the passage. Both are compared after
/// normalising what models and PDFs vary without changing the words: Unicode form, case,
/// runs of whitespace, soft hyphens, typographic quotes/apostrophes (” “ „ » « ’ ‘) and dashes
/// (– — ‐ −). Surrounding quote marks and an ellipsis ("…" or "...") that marks an omission are
/// allowed: the pieces must then appear in order.
/// </summary>
public static class QuoteMatcher
{
    /// <summary>Shortest normalised quote that counts as a justification.</summary>
    public const int MinimumLength = 4;

    /// <summary>True when the quote occurs in the passage (in order, across ellipses).</summary>
    public static bool IsInPassage(string passage, string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote)) return false;
        var text = Normalize(passage);
        var pieces = Normalize(quote).Replace("…", "...", StringComparison.Ordinal)
            .Split("...", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim(' ', '"', '\'', '.', ',', ';', ':'))
            .Where(p => p.Length > 0)
            .ToList();
        if (pieces.Count == 0 || pieces.Sum(p => p.Length) < MinimumLength) return false;
        var from = 0;
        foreach (var piece in pieces)
        {
            var at = text.IndexOf(piece, from, StringComparison.Ordinal);
            if (at < 0) return false;
            from = at + piece.Length;
        }
        return true;
    }

    /// <summary>The comparison form of a text.</summary>
    public static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            var c = ch switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => ch,
            };
            if (c == '\u00AD') continue;
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
