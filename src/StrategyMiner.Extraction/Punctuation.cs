namespace StrategyMiner.Extraction;

/// <summary>Where text ends a sentence, and list bullets.</summary>
internal static class Punctuation
{
    private const string Closers = "”’\"')]»";
    private const string Enders = ".!?…:;";
    private const string Bullets = "•▪■●○◦‣∙✓✔➢►";
    private const string Dashes = "–—-";

    // Abbreviations that never end a sentence (the same rule as the passage stage's sentence splitter):
    // a column that ends on "bl.a." is mid-sentence.
    private static readonly HashSet<string> OpenAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bl.a.", "t.ex.", "s.k.", "m.fl.", "dvs.", "d.v.s.", "ca.", "jfr.", "inkl.", "exkl.", "p.g.a.", "pga.",
        "fr.o.m.", "t.o.m.", "enl.", "resp.", "nr.", "kap.", "s.", "ev.", "f.d.",
    };

    /// <summary>
    /// True when the text ends with sentence-final punctuation (closing quotes and brackets skipped)
    /// that is not the full stop of an abbreviation such as "bl.a.".
    /// </summary>
    public static bool ClosesSentence(string text)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd(Closers);
        if (end.Length == 0 || !Enders.Contains(end[^1])) return false;
        var lastSpace = end.LastIndexOfAny(' ', '\t', '\n');
        var lastWord = end[(lastSpace + 1)..].TrimStart("(”“\"'«").ToString();
        return !OpenAbbreviations.Contains(lastWord);
    }

    /// <summary>True when the line starts with a list bullet followed by a space.</summary>
    public static bool StartsWithBullet(string text) =>
        text.Length >= 2 && Bullets.Contains(text[0]) && char.IsWhiteSpace(text[1]);

    /// <summary>True when the line starts with a dash and a space: a list item, or a parenthetical
    /// clause that the previous line began.</summary>
    public static bool StartsWithDash(string text) =>
        text.Length >= 2 && Dashes.Contains(text[0]) && char.IsWhiteSpace(text[1]);
}
