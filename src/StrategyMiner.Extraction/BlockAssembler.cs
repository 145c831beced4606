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
        var larger = bodySize * 1.08;
        foreach (var pageUnits in units)
        {
            JoinWrappedHeadings(pageUnits, bodySize, larger);
        }

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
                var endsColumn = !units[i].Any(other => other.Box.Top < unit.Box.Bottom
                    && other.Box.Left < unit.Box.Right && unit.Box.Left < other.Box.Right);
                // The column's right edge, from every block that starts where this one does.
                var columnRight = units[i].Where(other => Math.Abs(other.Box.Left - unit.Box.Left) <= 2).Max(other => other.Box.Right);
                var fullLastLine = unit.Justified && columnRight - unit.LastLineRight <= 1.5;
                if (IsHeading(unit, bodySize, larger))
                {
                    var rank = unit.Size >= larger ? headingSizes.IndexOf(unit.Size) : headingSizes.Count;
                    blocks.Add(new TextBlock(unit.Text, unit.Box, BlockRole.Heading, Math.Min(3, rank + 1), unit.Size));
                }
                else
                {
                    blocks.Add(new TextBlock(unit.Text, unit.Box, BlockRole.Paragraph, 0, unit.Size)
                    {
                        // Captions and footnotes in small type do not run on into the next block. A
                        // justified paragraph that fills the column to the bottom with a full-width last
                        // line was cut by the column or page end, even when that line ends a sentence.
                        EndsOpen = unit.Size >= bodySize - 1 && ((endsColumn && fullLastLine) || !Punctuation.ClosesSentence(unit.Text)),
                    });
                }
            }
            result.Add(new PageText(page.Number, PageSource.TextLayer, blocks, page.Width, page.Height) { HasImages = page.HasImages });
        }
        return result;
    }

    /// <summary>
    /// A heading that wraps is often cut into one block per line, because its leading is wider than
    /// the body text's that Docstrum's line-distance estimate comes from; consecutive heading lines
    /// in the same style, stacked closely, are put back together.
    /// </summary>
    private static void JoinWrappedHeadings(List<Unit> units, double bodySize, double larger)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var (a, b) = (units[i], units[i + 1]);
            var headingStyle = a.Size >= larger || (a.Bold && a.Size >= bodySize - 0.5);
            var stacked = a.Box.Bottom - b.Box.Top <= a.Size && b.Box.Top <= a.Box.Bottom + 1
                && b.Box.Left < a.Box.Right && a.Box.Left < b.Box.Right;
            if (headingStyle && a.Size == b.Size && a.Bold == b.Bold && stacked
                && a.Lines + b.Lines <= MaxHeadingLines && !Punctuation.ClosesSentence(a.Text))
            {
                units[i] = new Unit(Hyphenation.Join(a.Text, b.Text), a.Box.Union(b.Box), a.Size, a.Bold, a.Lines + b.Lines);
                units.RemoveAt(i + 1);
                i--;
            }
        }
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
            && unit.Size >= bodySize - 0.5
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
    /// <param name="Justified">Whether its lines (but the last) reach its right edge; assumed for one or two lines.</param>
    /// <param name="LastLineRight">Where its last line ends.</param>
    private sealed record Unit(string Text, BoundingBox Box, double Size, bool Bold, int Lines, bool Justified = false, double LastLineRight = 0)
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
            var full = lines.Take(lines.Count - 1).Count(l => box.Right - l.Box.Right <= 1.5);
            var justified = lines.Count < 3 || full >= 0.8 * (lines.Count - 1);
            return new Unit(Hyphenation.JoinLines(lines.Select(l => l.Text)), box, size, boldChars * 2 > chars, lines.Count, justified, lines[^1].Box.Right);
        }
    }
}
