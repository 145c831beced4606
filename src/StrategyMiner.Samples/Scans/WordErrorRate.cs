using StrategyMiner.Text;

namespace StrategyMiner.Samples.Scans;

/// <summary>
/// Word error rate: the word-level Levenshtein distance (substitutions + insertions + deletions)
/// between a reference and a hypothesis, divided by the reference's word count. Both texts are
/// first folded by <see cref="TextNormalizer.Normalize"/> (case, typographic quotes and dashes,
/// whitespace), so a "–" read as "-" is not an error but "stärka" read as "starka" is.
/// </summary>
public static class WordErrorRate
{
    /// <summary>The error rate, 0 for a perfect reading; can exceed 1 when the hypothesis adds many words.</summary>
    public static double Compute(string reference, string hypothesis)
    {
        var expected = Words(reference);
        var actual = Words(hypothesis);
        if (expected.Length == 0) return actual.Length == 0 ? 0 : 1;
        return (double)Distance(expected, actual) / expected.Length;
    }

    /// <summary>The number of word edits that turn the reference into the hypothesis.</summary>
    public static int Errors(string reference, string hypothesis) => Distance(Words(reference), Words(hypothesis));

    private static string[] Words(string text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            // A dash standing alone carries no word, and OCR keeps or drops it at random.
            .Where(w => w != "-")
            .ToArray();

    private static int Distance(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
