using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StrategyMiner.Documents;
using StrategyMiner.Ocr.TextLayer;

namespace StrategyMiner.Ocr;

/// <summary>
/// Decides whether a page's text layer is usable or the page must be read by OCR. A page goes to OCR
/// when it has no letters, when many of its glyphs are unreadable (U+FFFD, private-use or control
/// characters, unmapped "(cid:n)" glyphs), when it is mojibake (UTF-8 read as Latin-1: "fÃ¶r"), when
/// many words have no vowel (a font with a broken encoding), or when too few words are frequent
/// Swedish words. Words that merely lost their diacritics ("for", "pa", "omradet") count as Swedish:
/// such a page goes to the repair stage, not to OCR.
/// </summary>
public sealed partial class TextLayerCheck
{
    /// <summary>Largest share of unreadable glyphs (among letters and unreadable glyphs) a usable page has.</summary>
    public double MaxGarbageShare { get; init; } = 0.08;

    /// <summary>Largest share of words without a vowel (abbreviations in capitals not counted).</summary>
    public double MaxVowellessShare { get; init; } = 0.3;

    /// <summary>Smallest share of words found in the frequent-word lexicon.</summary>
    public double MinLexiconShare { get; init; } = 0.15;

    /// <summary>Fewer words than this are too few to judge the language; only the glyph checks apply.</summary>
    public int MinWordsForLanguageCheck { get; init; } = 12;

    /// <summary>True when the page should be read by OCR.</summary>
    public bool NeedsOcr(PageText page) => NeedsOcr(page, out _);

    /// <summary>True when the page should be read by OCR; <paramref name="reason"/> says why, or why not, in one line.</summary>
    public bool NeedsOcr(PageText page, out string reason)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Source == PageSource.Ocr)
        {
            reason = "already read by OCR";
            return false;
        }
        return NeedsOcr(page.Text, out reason);
    }

    /// <summary>The same check on a page's plain text.</summary>
    public bool NeedsOcr(string text, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Normalize(NormalizationForm.FormC);
        var cids = CidPattern().Count(text);
        var withoutCids = CidPattern().Replace(text, " ");
        int letters = 0, garbage = cids;
        foreach (var rune in withoutCids.EnumerateRunes())
        {
            if (Rune.IsLetter(rune)) letters++;
            else if (IsGarbage(rune)) garbage++;
        }

        if (letters == 0 && garbage == 0)
            return Verdict(true, "no text layer (no letters)", out reason);
        var garbageShare = (double)garbage / (letters + garbage);
        if (garbageShare > MaxGarbageShare)
            return Verdict(true, $"garbled text layer: {Percent(garbageShare)} of glyphs unreadable (U+FFFD, private-use, control or (cid:n))", out reason);

        var mojibake = MojibakePattern().Matches(withoutCids);
        var tokens = Tokens(withoutCids);
        if (mojibake.Count >= 3 && mojibake.Count >= 0.02 * tokens.Count)
            return Verdict(true, $"garbled text layer: mojibake ({mojibake.Count} sequences such as '{mojibake[0].Value}')", out reason);
        if (tokens.Count < MinWordsForLanguageCheck)
            return Verdict(false, $"too little text to judge the language ({tokens.Count} words); kept", out reason);

        var judged = tokens.Where(t => t.Length >= 2 && !t.All(char.IsUpper)).ToList();
        var vowelless = judged.Count(t => !t.Any(IsVowel));
        if (judged.Count > 0 && (double)vowelless / judged.Count > MaxVowellessShare)
            return Verdict(true, $"garbled text layer: {Percent((double)vowelless / judged.Count)} of words have no vowel", out reason);

        var known = tokens.Count(t => SwedishLexicon.Contains(t.ToLowerInvariant()));
        var share = (double)known / tokens.Count;
        if (share < MinLexiconShare)
            return Verdict(true, $"text layer does not read as Swedish: {Percent(share)} of {tokens.Count} words are common Swedish words", out reason);
        return Verdict(false, $"text layer reads as Swedish: {Percent(share)} of {tokens.Count} words are common Swedish words", out reason);
    }

    private static bool Verdict(bool needsOcr, string why, out string reason)
    {
        reason = why;
        return needsOcr;
    }

    private static bool IsGarbage(Rune rune)
    {
        if (rune.Value == 0xFFFD) return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            || (category == UnicodeCategory.Control && rune.Value is not ('\n' or '\r' or '\t'));
    }

    private static bool IsVowel(char c) => "aeiouyåäöéèêëáàâæøüíìóòúùAEIOUYÅÄÖÉÈÊËÁÀÂÆØÜÍÌÓÒÚÙ".Contains(c);

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(cid:\d+\)", RegexOptions.CultureInvariant)]
    private static partial Regex CidPattern();

    // UTF-8 bytes shown as Latin-1 or Windows-1252: "Ã¤" (ä), "Ã¶" (ö), "Ã¥" (å), "â€" (” – ’).
    [GeneratedRegex(@"[ÃÂ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€", RegexOptions.CultureInvariant)]
    private static partial Regex MojibakePattern();
}
