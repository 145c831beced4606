namespace StrategyMiner.Samples.Digital;

/// <summary>
/// Greedy first-fit line breaking with hyphenation at break points marked in the source word
/// ("utveck|lingsarbetet") and after a word's own inner hyphens ("stad-" / "land-relationer",
/// "EU-" / "medel"), which break without adding a second hyphen. Unmarked words of ten letters or more may, when asked, be broken
/// by a simple Swedish syllable rule (before a consonant followed by a vowel, keeping three letters
/// on each side: "om|fat|tande"). Words are never broken anywhere else.
/// </summary>
internal static class LineBreaker
{
    public const char BreakMark = '|';

    private const string Vowels = "aeiouyåäöéüAEIOUYÅÄÖÉÜ";

    public static List<List<Fragment>> Break(IReadOnlyList<string> words, double maxWidth, double spaceWidth, Func<string, double> measure, bool hyphenate, bool syllables)
    {
        var lines = new List<List<Fragment>>();
        var line = new List<Fragment>();
        var lineWidth = 0.0;

        for (var w = 0; w < words.Count; w++)
        {
            var segments = Segments(words[w], hyphenate, syllables);
            var start = 0;
            while (true)
            {
                var rest = string.Concat(segments[start..]);
                var restWidth = measure(rest);
                var needed = line.Count == 0 ? restWidth : lineWidth + spaceWidth + restWidth;
                if (needed <= maxWidth)
                {
                    Add(new Fragment(rest, restWidth, w, false));
                    break;
                }

                var broke = false;
                if (hyphenate)
                {
                    for (var cut = segments.Length - 1; cut > start; cut--)
                    {
                        var prefix = string.Concat(segments[start..cut]);
                        var added = !prefix.EndsWith('-');
                        var shown = added ? prefix + "-" : prefix;
                        var shownWidth = measure(shown);
                        if ((line.Count == 0 ? shownWidth : lineWidth + spaceWidth + shownWidth) <= maxWidth)
                        {
                            Add(new Fragment(shown, shownWidth, w, added));
                            Flush();
                            start = cut;
                            broke = true;
                            break;
                        }
                    }
                }
                if (broke) continue;

                if (line.Count == 0)
                {
                    // Longer than the column and no break point fits: let it overhang rather than loop.
                    Add(new Fragment(rest, restWidth, w, false));
                    break;
                }
                Flush();
            }
        }
        Flush();
        return lines;

        void Add(Fragment f)
        {
            lineWidth = line.Count == 0 ? f.Width : lineWidth + spaceWidth + f.Width;
            line.Add(f);
        }

        void Flush()
        {
            if (line.Count == 0) return;
            lines.Add(line);
            line = [];
            lineWidth = 0;
        }
    }

    /// <summary>The word cut where it may be broken: after its own inner hyphens, at its marks, and
    /// (when asked, for plain words without marks) at its syllables.</summary>
    internal static string[] Segments(string word, bool hyphenate, bool syllables)
    {
        if (!hyphenate) return [word.Replace(BreakMark.ToString(), "", StringComparison.Ordinal)];
        var parts = new List<string>();
        foreach (var marked in word.Split(BreakMark))
        {
            var from = 0;
            for (var i = 1; i < marked.Length - 1; i++)
            {
                if (marked[i] == '-' && char.IsLetterOrDigit(marked[i - 1]) && char.IsLetter(marked[i + 1]))
                {
                    parts.Add(marked[from..(i + 1)]);
                    from = i + 1;
                }
            }
            parts.Add(marked[from..]);
        }
        if (parts.Count == 1 && syllables) return Syllables(word);
        return [.. parts];
    }

    /// <summary>The word cut at its syllable break points; the whole word when it has none.</summary>
    internal static string[] Syllables(string word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsLetter(word[letters])) letters++;
        // Only plain words, perhaps with closing punctuation: digits, hyphens or slashes keep it whole.
        if (letters < 10 || word.AsSpan(letters).IndexOfAnyExcept(".,;:!?)”’\"»") >= 0) return [word];
        var pieces = new List<string>();
        var from = 0;
        for (var i = 3; i <= letters - 3; i++)
        {
            var consonant = Vowels.IndexOf(word[i]) < 0;
            var vowelAfter = Vowels.IndexOf(word[i + 1]) >= 0;
            if (consonant && vowelAfter && i - from >= 3)
            {
                pieces.Add(word[from..i]);
                from = i;
            }
        }
        pieces.Add(word[from..]);
        return [.. pieces];
    }
}
