using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StrategyMiner.Extraction;

/// <summary>
/// Removes running headers, footers and page numbers: lines in the top or bottom band of the page
/// whose text repeats on several pages at the same height once digits and diacritics are folded
/// ("Sida 3" and "Sida 4" match; so do a header and its copy on a page that lost its å ä ö), and
/// lone page numbers in those bands even when they do not repeat.
/// </summary>
internal static partial class RunningTextFilter
{
    /// <summary>Share of the page height, from the top and from the bottom, where running text may sit.</summary>
    public const double Band = 0.12;

    private const double SameHeight = 4;

    public static void Apply(IReadOnlyList<LayoutPage> pages)
    {
        var pagesWithText = pages.Count(p => p.Blocks.Count > 0);
        var minimumRepeats = pagesWithText <= 4 ? 2 : 3;
        // Running text is set no larger than the body; chapter headings that open pages at the same
        // height (and may repeat a title) are larger, so they are never taken for a running header.
        var largest = BodySize(pages) + 0.5;

        var candidates = new Dictionary<string, List<(int Page, double Y)>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var line in page.Blocks.SelectMany(b => b).Where(l => InBand(l, page) && l.FontSize <= largest))
            {
                var key = Key(line.Text);
                if (!candidates.TryGetValue(key, out var seen))
                {
                    candidates[key] = seen = [];
                }
                seen.Add((page.Number, line.MiddleY));
            }
        }

        foreach (var page in pages)
        {
            foreach (var block in page.Blocks)
            {
                block.RemoveAll(line => InBand(line, page) && line.FontSize <= largest && (IsPageNumber(line.Text) || Repeats(line, page.Number)));
            }
            page.Blocks.RemoveAll(b => b.Count == 0);
        }

        bool Repeats(LayoutLine line, int pageNumber)
        {
            var seen = candidates[Key(line.Text)];
            var y = line.MiddleY;
            var pagesAtThisHeight = seen.Where(s => Math.Abs(s.Y - y) <= SameHeight).Select(s => s.Page).Distinct().Count();
            return pagesAtThisHeight >= minimumRepeats;
        }
    }

    /// <summary>The font size that carries most characters in the document.</summary>
    internal static double BodySize(IEnumerable<LayoutPage> pages)
    {
        var chars = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p.Blocks).SelectMany(b => b))
        {
            chars[line.FontSize] = chars.GetValueOrDefault(line.FontSize) + line.Text.Length;
        }
        return chars.Count == 0 ? 0 : chars.MaxBy(kv => (kv.Value, -kv.Key)).Key;
    }

    private static bool InBand(LayoutLine line, LayoutPage page) =>
        line.Box.Bottom >= page.Height * (1 - Band) || line.Box.Top <= page.Height * Band;

    internal static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    /// <summary>Case, diacritics, digit runs and spacing folded, so page-specific numbers do not matter.</summary>
    internal static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasDigit = false;
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsDigit(c))
            {
                if (!lastWasDigit) sb.Append('#');
                lastWasDigit = true;
                lastWasSpace = false;
                continue;
            }
            lastWasDigit = false;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().TrimEnd();
    }

    // "7", "– 7 –", "Sida 7", "s. 7", "7 (70)", "7/70", "7 av 70", "Page 7 of 70", "xii".
    [GeneratedRegex(@"^[\-–—|·•\s]*(?:(?:sida|sid\.|s\.|page|p\.)\s*)?(?:\d{1,4}|[ivx]{1,6})(?:\s*(?:/|av|of|\()\s*\d{1,4}\)?)?[\-–—|·•\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
