using System.Text;
using StrategyMiner.Documents;
using StrategyMiner.Text;

namespace StrategyMiner.Passages;

/// <summary>
/// A paragraph being assembled from one or more blocks (a paragraph continued in the next column or
/// on the next page), remembering which characters came from which block so that pieces cut from
/// it later get the right pages, boxes and word confidences.
/// </summary>
internal sealed class ParagraphDraft(string heading)
{
    private readonly StringBuilder text = new();

    public string Heading { get; } = heading;

    public List<Segment> Segments { get; } = [];

    public bool Open { get; private set; }

    private double lastFontSize;

    /// <summary>
    /// Whether the block carries on this paragraph: the paragraph ended open and the block is set in
    /// the same type size (when both sizes are known), so a caption never swallows the text after it.
    /// </summary>
    public bool Continues(TextBlock block) =>
        Open && (lastFontSize <= 0 || block.FontSize <= 0 || Math.Abs(lastFontSize - block.FontSize) < 1);

    public string Text => text.ToString();

    public void Append(TextBlock block, PageText page)
    {
        var blockText = block.Text.Trim();
        if (blockText.Length == 0) return;
        var joined = text.Length == 0 ? blockText : Hyphenation.Join(text.ToString(), blockText);
        var start = joined.Length - blockText.Length;
        if (Segments.Count > 0 && Segments[^1].End > start)
        {
            // The join removed a line-break hyphen at the end of the previous block.
            Segments[^1] = Segments[^1] with { End = start };
        }
        text.Clear().Append(joined);
        Segments.Add(new Segment(start, joined.Length, page.PageNumber, block.Box, block.Words, page.Source, page.Confidence));
        Open = block.EndsOpen;
        lastFontSize = block.FontSize;
    }

    /// <summary>The part of one block that lies in the paragraph text between Start and End.</summary>
    internal sealed record Segment(int Start, int End, int Page, BoundingBox Box, IReadOnlyList<WordBox> Words, PageSource Source, double? PageConfidence)
    {
        /// <summary>
        /// The block's words that fall inside [from, to) of the paragraph text, placed by their rank
        /// among the block's words (OCR words and text tokens rarely align one to one after repair).
        /// </summary>
        public IEnumerable<WordBox> WordsWithin(int from, int to)
        {
            if (Words.Count == 0) yield break;
            var length = Math.Max(1, End - Start);
            for (var k = 0; k < Words.Count; k++)
            {
                var at = Start + (int)((k + 0.5) * length / Words.Count);
                if (at >= from && at < to) yield return Words[k];
            }
        }
    }
}
