namespace StrategyMiner.Passages;

/// <summary>
/// Finds sentence boundaries in Swedish prose: after . ! ? or … (and any closing quote or bracket)
/// followed by white space and a capital letter, digit, opening quote or dash — except after
/// abbreviations that never end a sentence ("bl.a.", "t.ex.", "s.k.", "m.fl.", "dvs.", "ca.") and
/// after single-letter initials ("A. Berg").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bl.a.", "t.ex.", "tex.", "s.k.", "m.fl.", "dvs.", "d.v.s.", "ca.", "jfr.", "inkl.", "exkl.",
        "p.g.a.", "pga.", "fr.o.m.", "t.o.m.", "enl.", "resp.", "nr.", "kap.", "s.", "st.", "ev.", "f.d.", "e.d.",
        "o.d.", "t.v.", "fr.", "mkr.", "mdkr.", "milj.", "mdr.", "tkr.", "kl.", "bil.", "prop.", "ang.", "gm.",
    };

    private const string Enders = ".!?…";
    private const string Closers = "”’\"')]»";
    private const string Openers = "”“\"'(«–—-";

    /// <summary>Start offsets and lengths of the sentences, covering the text without its surrounding spaces.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var ranges = new List<Range>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (!Enders.Contains(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && (Enders.Contains(text[end]) || Closers.Contains(text[end]))) end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) continue;
            var next = SkipSpace(text, end);
            if (next >= text.Length) break;
            var c = text[next];
            if (!(char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c))) continue;
            if (text[i] == '.' && IsAbbreviation(text, start, i)) continue;

            ranges.Add(new Range(start, end));
            start = next;
            i = next - 1;
        }
        var last = text.Length;
        while (last > start && char.IsWhiteSpace(text[last - 1])) last--;
        if (last > start) ranges.Add(new Range(start, last));
        return ranges;
    }

    /// <summary>The sentences themselves.</summary>
    public static IEnumerable<string> Sentences(string text) => Split(text).Select(r => text[r]);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var tokenStart = dot;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1])) tokenStart--;
        var token = text[tokenStart..(dot + 1)].TrimStart('(', '[', '”', '“', '"', '\'', '«');
        if (token.Length == 2 && char.IsUpper(token[0])) return true; // an initial, "A."
        if (Abbreviations.Contains(token)) return true;
        // Two-word forms such as "bl. a." or "t. ex.": check the pair.
        if (tokenStart > sentenceStart + 1)
        {
            var prevEnd = tokenStart - 1;
            var prevStart = prevEnd;
            while (prevStart > sentenceStart && !char.IsWhiteSpace(text[prevStart - 1])) prevStart--;
            var pair = text[prevStart..prevEnd] + " " + token;
            if (Abbreviations.Contains(pair.Replace(". ", ".", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
