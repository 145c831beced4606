namespace StrategyMiner.Repair.Text;

/// <summary>Carries a token's capitalisation over to its repaired reading.</summary>
internal static class Casing
{
    public enum Kind { Lower, Capitalized, Upper }

    public static Kind Of(string raw)
    {
        int letters = 0, upper = 0;
        var firstUpper = false;
        foreach (var c in raw)
        {
            if (!char.IsLetter(c)) continue;
            if (letters == 0) firstUpper = char.IsUpper(c);
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters >= 2 && upper == letters) return Kind.Upper;
        // A capital inside a lower-case word ("gAatt", "iInsatser") is OCR debris, not a spelling to keep.
        return firstUpper ? Kind.Capitalized : Kind.Lower;
    }

    /// <summary>
    /// The lower-case <paramref name="word"/> in the token's case. <paramref name="capitalReadAsL"/>: the
    /// capital was OCR's reading of a lower-case "l" ("Iopande"), so the word stays lower-case.
    /// </summary>
    public static string Apply(Kind kind, string word, bool capitalReadAsL) => kind switch
    {
        Kind.Upper => word.ToUpperInvariant(),
        Kind.Capitalized when !capitalReadAsL && word.Length > 0 => char.ToUpperInvariant(word[0]) + word[1..],
        _ => word,
    };
}
