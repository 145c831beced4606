namespace StrategyMiner.Extraction;

/// <summary>Where text ends a sentence, and list bullets.</summary>
internal static class Punctuation
{
    private const string Closers = "”’\"')]»";
    private const string Enders = ".!?…:;";
    private const string Bullets = "•▪■●○◦‣∙✓✔➢►";
    private const string Dashes = "–—-";

    /// <summary>True when the text ends with sentence-final punctuation (closing quotes and brackets skipped).</summary>
    public static bool ClosesSentence(string text)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd(Closers);
        return end.Length > 0 && Enders.Contains(end[^1]);
    }

    /// <summary>True when the line starts with a list bullet followed by a space.</summary>
    public static bool StartsWithBullet(string text) =>
        text.Length >= 2 && Bullets.Contains(text[0]) && char.IsWhiteSpace(text[1]);

    /// <summary>True when the line starts with a dash and a space: a list item, or a parenthetical
    /// clause that the previous line began.</summary>
    public static bool StartsWithDash(string text) =>
        text.Length >= 2 && Dashes.Contains(text[0]) && char.IsWhiteSpace(text[1]);
}
