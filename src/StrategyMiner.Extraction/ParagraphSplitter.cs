namespace StrategyMiner.Extraction;

/// <summary>
/// Splits a Docstrum block into paragraphs and headings. Docstrum already separates paragraphs set
/// with extra space between them; this also splits where the type style changes (a heading run into
/// its text), where the line spacing opens up, at an indented first line, at a short line that ends
/// a sentence in justified text, and before list bullets.
/// </summary>
internal static class ParagraphSplitter
{
    public static IEnumerable<List<LayoutLine>> Split(List<LayoutLine> block)
    {
        if (block.Count <= 1)
        {
            if (block.Count == 1) yield return block;
            yield break;
        }

        var left = block.Min(l => l.Box.Left);
        var right = block.Max(l => l.Box.Right);
        var steps = new List<double>();
        for (var i = 1; i < block.Count; i++)
        {
            if (SameStyle(block[i - 1], block[i])) steps.Add(block[i - 1].Baseline - block[i].Baseline);
        }
        steps.Sort();
        double? typicalStep = steps.Count >= 2 ? steps[steps.Count / 2] : null;
        var fullLines = block.Take(block.Count - 1).Count(l => right - l.Box.Right <= 2);
        var justified = block.Count >= 3 && fullLines >= 0.6 * (block.Count - 1);

        var current = new List<LayoutLine> { block[0] };
        for (var i = 1; i < block.Count; i++)
        {
            var prev = block[i - 1];
            var line = block[i];
            if (StartsParagraph(prev, line, current))
            {
                yield return current;
                current = [];
            }
            current.Add(line);
        }
        yield return current;

        bool StartsParagraph(LayoutLine prev, LayoutLine line, List<LayoutLine> paragraph)
        {
            if (!SameStyle(prev, line)) return true;
            var step = prev.Baseline - line.Baseline;
            var em = Math.Max(line.FontSize, 1);
            if (typicalStep is { } typical ? step > typical * 1.3 && step - typical > 2 : step > em * 1.7) return true;
            if (Punctuation.StartsWithBullet(line.Text)) return true;
            var closed = Punctuation.ClosesSentence(prev.Text);
            if (Punctuation.StartsWithDash(line.Text) && (closed || Punctuation.StartsWithDash(paragraph[0].Text))) return true;
            if (closed && line.Box.Left - left > 0.8 * em && prev.Box.Left - left < 0.3 * em) return true;
            return closed && justified && right - prev.Box.Right > 3 * em;
        }
    }

    private static bool SameStyle(LayoutLine a, LayoutLine b) =>
        Math.Abs(a.FontSize - b.FontSize) < 1 && a.Bold == b.Bold;
}
