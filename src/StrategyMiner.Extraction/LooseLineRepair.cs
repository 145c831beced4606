namespace StrategyMiner.Extraction;

/// <summary>
/// Puts back together text lines that Docstrum cut apart. A loosely justified line (few words
/// stretched over the column) has word gaps wider than Docstrum's within-line distance, so its words
/// come out as several "lines" on one baseline, in the block or in small blocks of their own. Pieces
/// on the same baseline, in the same type size, are joined left to right when they sit in the same
/// block, or when a stray piece lies horizontally inside another block that has a line on its
/// baseline (then the rest of the stray block follows it when it continues at line spacing). Pieces
/// across a column gutter never are, because a column block's extent does not reach the other column.
/// </summary>
internal static class LooseLineRepair
{
    public static void Apply(List<List<LayoutLine>> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            List<LayoutLine>? lastHost = null;
            for (var k = 0; k < block.Count; k++)
            {
                var host = FindHost(blocks, i, block[k]);
                if (host is null) continue;
                host.Add(block[k]);
                block.RemoveAt(k);
                k--;
                lastHost = host;
            }
            // What is left of a block that gave pieces away is usually the rest of the same paragraph
            // (the line after the loose one): it joins the host when it follows at the same line spacing.
            if (lastHost is not null && block.Count > 0 && FollowsClosely(lastHost, block))
            {
                lastHost.AddRange(block);
                block.Clear();
            }
            if (block.Count == 0)
            {
                blocks.RemoveAt(i);
                i--;
            }
        }
        foreach (var block in blocks)
        {
            JoinSameBaseline(block);
        }
    }

    private static bool FollowsClosely(List<LayoutLine> host, List<LayoutLine> rest)
    {
        var hostLeft = host.Min(l => l.Box.Left);
        var hostRight = host.Max(l => l.Box.Right);
        if (rest.Any(l => l.Box.Left < hostLeft - 2 || l.Box.Right > hostRight + 2)) return false;
        var lowest = host.Min(l => l.Baseline);
        var top = rest.Max(l => l.Baseline);
        var em = Math.Max(1, rest[0].FontSize);
        return lowest - top > 0 && lowest - top <= 1.6 * em;
    }

    /// <summary>Another block spanning the piece horizontally with a line on the piece's baseline.</summary>
    private static List<LayoutLine>? FindHost(List<List<LayoutLine>> blocks, int self, LayoutLine piece)
    {
        for (var j = 0; j < blocks.Count; j++)
        {
            if (j == self || blocks[j].Count < 2) continue;
            var left = blocks[j].Min(l => l.Box.Left);
            var right = blocks[j].Max(l => l.Box.Right);
            if (piece.Box.Left >= left - 2 && piece.Box.Right <= right + 2 && blocks[j].Any(l => SameBaseline(l, piece)))
            {
                return blocks[j];
            }
        }
        return null;
    }

    private static void JoinSameBaseline(List<LayoutLine> block)
    {
        if (block.Count < 2) return;
        var hasSplit = false;
        for (var a = 0; a < block.Count && !hasSplit; a++)
        {
            for (var b = a + 1; b < block.Count && !hasSplit; b++)
            {
                hasSplit = SameBaseline(block[a], block[b]);
            }
        }
        if (!hasSplit) return;

        var joined = new List<LayoutLine>();
        var used = new bool[block.Count];
        for (var a = 0; a < block.Count; a++)
        {
            if (used[a]) continue;
            var group = new List<LayoutLine> { block[a] };
            for (var b = a + 1; b < block.Count; b++)
            {
                if (!used[b] && SameBaseline(block[a], block[b]))
                {
                    group.Add(block[b]);
                    used[b] = true;
                }
            }
            group.Sort((x, y) => x.Box.Left.CompareTo(y.Box.Left));
            joined.Add(group.Count == 1 ? group[0] : new LayoutLine(
                string.Join(' ', group.Select(g => g.Text)),
                group.Skip(1).Aggregate(group[0].Box, (box, g) => box.Union(g.Box)),
                group[0].FontSize,
                group.Count(g => g.Bold) * 2 > group.Count,
                group[0].Baseline));
        }
        // Lines of one block read top to bottom.
        joined.Sort((x, y) => y.Baseline.CompareTo(x.Baseline));
        block.Clear();
        block.AddRange(joined);
    }

    private static bool SameBaseline(LayoutLine a, LayoutLine b) =>
        Math.Abs(a.Baseline - b.Baseline) <= Math.Max(1, 0.15 * a.FontSize) && Math.Abs(a.FontSize - b.FontSize) < 1;
}
