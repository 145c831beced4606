namespace StrategyMiner.Documents;

/// <summary>What a block of text is on the page.</summary>
public enum BlockRole
{
    /// <summary>Running text.</summary>
    Paragraph,
    /// <summary>A heading; <see cref="TextBlock.HeadingLevel"/> says how deep.</summary>
    Heading,
}

/// <summary>
/// One paragraph or heading of a page, in reading order, with running headers, footers and
/// page numbers already removed and end-of-line hyphenation joined.
/// </summary>
/// <param name="Text">The text, lines joined with single spaces.</param>
/// <param name="Box">Where the block sits on the page.</param>
/// <param name="Role">Paragraph or heading.</param>
/// <param name="HeadingLevel">1 for the largest headings; 0 for paragraphs.</param>
/// <param name="FontSize">The dominant font size in points (0 when unknown, as for OCR).</param>
public sealed record TextBlock(string Text, BoundingBox Box, BlockRole Role = BlockRole.Paragraph, int HeadingLevel = 0, double FontSize = 0)
{
    /// <summary>
    /// True when the block ends without closing punctuation, so that the next block (in the next
    /// column or on the next page) may continue the same paragraph.
    /// </summary>
    public bool EndsOpen { get; init; }

    /// <summary>The words of the block with their boxes, where known (OCR).</summary>
    public IReadOnlyList<WordBox> Words { get; init; } = [];
}
