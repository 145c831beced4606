using StrategyMiner.Text;

namespace StrategyMiner.Review;

// Rebuilds the repaired text of a page from its original text and the repair stage's edit list
// (each edit replaces Before at Position with After), keeping the two aligned
// segment by segment, then cuts out the passage. The passage is found by whitespace-insensitive
// exact matching (layout turns line breaks into spaces); a passage that runs onto the next page is
// found by its first or last 32 non-space characters.
internal static class RepairDiff
{
    private const int Anchor = 32;

    public static RepairView? Build(string? original, IReadOnlyList<TextChange> changes, string passage)
    {
        if (original is null) return null;
        var segments = new List<RepairSegment>();
        var position = 0;
        var skipped = 0;
        foreach (var change in changes.OrderBy(c => c.Position))
        {
            if (change.Position < position || change.Position + change.Before.Length > original.Length
                || string.CompareOrdinal(original, change.Position, change.Before, 0, change.Before.Length) != 0)
            {
                skipped++;
                continue;
            }
            if (change.Position > position)
            {
                var same = original[position..change.Position];
                segments.Add(new RepairSegment(same, same, false, null));
            }
            segments.Add(new RepairSegment(change.Before, change.After, true, change.Score));
            position = change.Position + change.Before.Length;
        }
        if (position < original.Length)
        {
            var rest = original[position..];
            segments.Add(new RepairSegment(rest, rest, false, null));
        }

        var repaired = string.Concat(segments.Select(s => s.Repaired));
        if (Locate(repaired, passage) is not var (start, end))
            return new RepairView(segments, false, segments.Count(s => s.Changed), skipped);

        var cut = new List<RepairSegment>();
        var offset = 0;
        foreach (var segment in segments)
        {
            var from = offset;
            var to = offset + segment.Repaired.Length;
            offset = to;
            var inside = segment.Changed
                ? (to > start && from < end) || (from == to && from > start && from < end)
                : to > start && from < end;
            if (!inside) continue;
            if (segment.Changed)
            {
                cut.Add(segment);
            }
            else
            {
                var text = segment.Repaired[(Math.Max(start, from) - from)..(Math.Min(end, to) - from)];
                cut.Add(new RepairSegment(text, text, false, null));
            }
        }
        return new RepairView(cut, true, cut.Count(s => s.Changed), skipped);
    }

    // Where passage sits in text, ignoring whitespace; null when not found.
    internal static (int Start, int End)? Locate(string text, string passage)
    {
        var (compactText, map) = Compact(text);
        var (compactPassage, _) = Compact(passage);
        if (compactPassage.Length == 0 || compactText.Length == 0) return null;
        var at = compactText.IndexOf(compactPassage, StringComparison.Ordinal);
        if (at >= 0) return (map[at], map[at + compactPassage.Length - 1] + 1);
        if (compactPassage.Length <= Anchor) return null;
        var head = compactText.IndexOf(compactPassage[..Anchor], StringComparison.Ordinal);
        if (head >= 0) return (map[head], map[Math.Min(compactText.Length, head + compactPassage.Length) - 1] + 1);
        var tail = compactText.IndexOf(compactPassage[^Anchor..], StringComparison.Ordinal);
        if (tail >= 0) return (map[Math.Max(0, tail + Anchor - compactPassage.Length)], map[tail + Anchor - 1] + 1);
        return null;
    }

    private static (string Compact, int[] Map) Compact(string text)
    {
        var chars = new char[text.Length];
        var map = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00AD') continue;
            chars[n] = c;
            map[n] = i;
            n++;
        }
        return (new string(chars, 0, n), map[..n]);
    }
}
