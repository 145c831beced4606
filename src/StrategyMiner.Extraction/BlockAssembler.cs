using StrategyMiner.Documents;
using StrategyMiner.Text;

namespace StrategyMiner.Extraction;

/// <summary>
/// Builds the final paragraphs and headings of every page once the whole document is known: the
/// body size is the font size that carries most of the document's characters; a short unit set
/// clearly larger than that, or in bold at body size without closing punctuation, is a heading, and
/// its level is the rank of its size among the document's heading sizes (largest = 1, bold body
/// size last, deeper than 3 folded into 3).
/// </summary>
internal static class BlockAssembler
{
    private const int MaxHeadingChars = 200;
    private const int MaxHeadingLines = 4;

    public static IReadOnlyList<PageText> Assemble(IReadOnlyList<LayoutPage> pages)
    {
        var units = pages.Select(p => p.Blocks.SelectMany(ParagraphSplitter.Split).Select(Unit.From).ToList()).ToList();
        var bodySize = BodySize(units.SelectMany(u => u));
        var larger = bodySize + Math.Max(1, bodySize * 0.12);

        var headingSizes = units.SelectMany(u => u)
            .Where(u => IsHeading(u, bodySize, larger) && u.Size >= larger)
            .Select(u => u.Size)
            .Distinct()
            .OrderDescending()
            .ToList();

        var result = new List<PageText>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (page.Failure is not null)
            {
                result.Add(PageText.Empty(page.Number, PageSource.TextLayer, PageStatus.Failed, page.Failure, page.Width, page.Height) with { HasImages = page.HasImages });
                continue;
            }
            var blocks = new List<TextBlock>(units[i].Count);
            foreach (var unit in units[i])
            {
                if (IsHeading(unit, bodySize, larger))
                {
                    var rank = unit.Size >= larger ? headingSizes.IndexOf(unit.Size) : headingSizes.Count;
                    blocks.Add(new TextBlock(unit.Text, unit.Box, BlockRole.Heading, Math.Min(3, rank + 1), unit.Size));
                }
                else
                {
                    blocks.Add(new TextBlock(unit.Text, unit.Box, BlockRole.Paragraph, 0, unit.Size)
                    {
                        EndsOpen = !Punctuation.ClosesSentence(unit.Text),
                    });
                }
            }
            result.Add(new PageText(page.Number, PageSource.TextLayer, blocks, page.Width, page.Height) { HasImages = page.HasImages });
        }
        return result;
    }

    private static bool IsHeading(Unit unit, double bodySize, double larger)
    {
        if (unit.Lines > MaxHeadingLines || unit.Text.Length > MaxHeadingChars || !unit.Text.Any(char.IsLetter))
        {
            return false;
        }
        if (unit.Size >= larger)
        {
            // A larger-type paragraph that reads as sentences is an introduction (ingress), not a heading.
            return !(unit.Text.Length > 80 && Punctuation.ClosesSentence(unit.Text));
        }
        return unit.Bold
            && Math.Abs(unit.Size - bodySize) < 1
            && unit.Lines <= 2
            && unit.Text.Length <= 120
            && !Punctuation.ClosesSentence(unit.Text);
    }

    private static double BodySize(IEnumerable<Unit> units)
    {
        var chars = new Dictionary<double, int>();
        foreach (var unit in units)
        {
            chars[unit.Size] = chars.GetValueOrDefault(unit.Size) + unit.Text.Length;
        }
        return chars.Count == 0 ? 0 : chars.MaxBy(kv => (kv.Value, -kv.Key)).Key;
    }

    /// <summary>A paragraph or heading candidate: its lines joined, dehyphenated, with its dominant style.</summary>
    private sealed record Unit(string Text, BoundingBox Box, double Size, bool Bold, int Lines)
    {
        public static Unit From(List<LayoutLine> lines)
        {
            var box = lines[0].Box;
            var sizes = new Dictionary<double, int>();
            var boldChars = 0;
            var chars = 0;
            foreach (var line in lines)
            {
                box = box.Union(line.Box);
                sizes[line.FontSize] = sizes.GetValueOrDefault(line.FontSize) + line.Text.Length;
                chars += line.Text.Length;
                if (line.Bold) boldChars += line.Text.Length;
            }
            var size = sizes.MaxBy(kv => (kv.Value, kv.Key)).Key;
            return new Unit(Hyphenation.JoinLines(lines.Select(l => l.Text)), box, size, boldChars * 2 > chars, lines.Count);
        }
    }
}
