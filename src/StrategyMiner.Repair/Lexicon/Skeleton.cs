namespace StrategyMiner.Repair.Lexicon;

/// <summary>
/// The form a word takes when an OCR engine without a Swedish model strips its diacritics:
/// lower-cased, å/ä→a, ö→o, é/è→e, ü→u. Words sharing a skeleton are the candidates a stripped token
/// may stand for ("for" → for, för, fór).
/// </summary>
internal static class Skeleton
{
    public static bool HasDiacritic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (Strip(c) != c) return true;
        return false;
    }

    public static char Strip(char c) => c switch
    {
        'å' or 'ä' or 'à' or 'á' or 'â' => 'a',
        'ö' or 'ø' or 'ó' or 'ò' or 'ô' => 'o',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'ü' => 'u',
        _ => c,
    };

    /// <summary>The skeleton of an already lower-cased word.</summary>
    public static string Of(ReadOnlySpan<char> lower)
    {
        if (!HasDiacritic(lower)) return lower.ToString();
        return string.Create(lower.Length, lower.ToString(), static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = Strip(src[i]);
        });
    }
}
