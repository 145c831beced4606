using System.Text;

namespace StrategyMiner.Repair;

/// <summary>
/// Makes clean Swedish text look like the output of an OCR engine without a Swedish model, the damage
/// this stage repairs: diacritics stripped, and (with <see cref="Damage"/>) the confusions Tesseract's
/// English model makes on Swedish scans. Used by the benchmark and the tests to get damaged text with
/// a known answer.
/// </summary>
public static class SwedishOcrDamage
{
    /// <summary>å, ä → a; ö → o; é → e (and the capitals): what a page that lost its diacritics reads.</summary>
    public static string Strip(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                'å' or 'ä' => 'a',
                'Å' or 'Ä' => 'A',
                'ö' => 'o',
                'Ö' => 'O',
                'é' => 'e',
                'É' => 'E',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// Strips diacritics and, at the given rate per word (deterministic for a seed), adds one OCR
    /// confusion: ö read as "6" or "é", ä as "d" or "&amp;", an initial l read as "I", m as "rn", a short word
    /// joined to the next ("Vi ska" → "Viska"), or a long word split in two.
    /// </summary>
    public static string Damage(string text, int seed, double rate)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                sb.Append(Strip(text[i].ToString()));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text[start..i];
            if (random.NextDouble() >= rate || word.Length < 2)
            {
                sb.Append(Strip(word));
                continue;
            }
            sb.Append(Confuse(word, text, i, random, out var consumedSpace));
            if (consumedSpace)
            {
                // Joined to the next word, which is then copied as it is (OCR rarely joins three words).
                i++;
                var next = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                sb.Append(Strip(text[next..i]));
            }
        }
        return sb.ToString();
    }

    private static string Confuse(string word, string text, int end, Random random, out bool consumedSpace)
    {
        consumedSpace = false;
        var kinds = new List<Func<string?>>
        {
            () => ReplaceOne(word, 'ö', "6", random),
            () => ReplaceOne(word, 'ö', "é", random),
            () => ReplaceOne(word, 'ä', "é", random),
            () => ReplaceOne(word, 'ä', "d", random),
            () => ReplaceOne(word, 'ä', "&", random),
            () => word[0] == 'l' ? "I" + Strip(word[1..]) : null,
            () => ReplaceOne(word, 'm', "rn", random),
            () => word.Length >= 8 ? Strip(word[..(word.Length / 2)]) + " " + Strip(word[(word.Length / 2)..]) : null,
        };
        var joinable = word.Length <= 3 && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);
        var order = Enumerable.Range(0, kinds.Count + (joinable ? 1 : 0)).OrderBy(_ => random.Next()).ToList();
        foreach (var k in order)
        {
            if (k == kinds.Count)
            {
                consumedSpace = true;
                return Strip(word);
            }
            if (kinds[k]() is { } damaged) return damaged;
        }
        return Strip(word);
    }

    private static string? ReplaceOne(string word, char target, string with, Random random)
    {
        var positions = Enumerable.Range(0, word.Length).Where(p => word[p] == target).ToList();
        if (positions.Count == 0) return null;
        var p = positions[random.Next(positions.Count)];
        return Strip(word[..p]) + with + Strip(word[(p + 1)..]);
    }
}
