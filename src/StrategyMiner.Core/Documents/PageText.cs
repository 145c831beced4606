using StrategyMiner.Text;

namespace StrategyMiner.Documents;

/// <summary>The readable content of one page, with its provenance.</summary>
/// <param name="PageNumber">1-based page number in the PDF.</param>
/// <param name="Source">Text layer, OCR or repaired.</param>
/// <param name="Blocks">Paragraphs and headings in reading order.</param>
/// <param name="Width">Page width in points.</param>
/// <param name="Height">Page height in points.</param>
public sealed record PageText(int PageNumber, PageSource Source, IReadOnlyList<TextBlock> Blocks, double Width, double Height)
{
    /// <summary>Whether the page yielded text.</summary>
    public PageStatus Status { get; init; } = PageStatus.Ok;

    /// <summary>Why a page is blank or failed, or what was done to it (e.g. "rotated 90°").</summary>
    public string? Note { get; init; }

    /// <summary>Mean OCR word confidence, 0..1; null for text-layer pages.</summary>
    public double? Confidence { get; init; }

    /// <summary>The text before repair; null when the page was not repaired.</summary>
    public string? OriginalText { get; init; }

    /// <summary>Each change repair made, positions relative to <see cref="OriginalText"/>.</summary>
    public IReadOnlyList<TextChange> Changes { get; init; } = [];

    /// <summary>True when the page has at least one image (a candidate for OCR).</summary>
    public bool HasImages { get; init; }

    /// <summary>The page's blocks joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Blocks.Select(b => b.Text));

    /// <summary>An empty page with a status and note.</summary>
    public static PageText Empty(int pageNumber, PageSource source, PageStatus status, string note, double width = 0, double height = 0) =>
        new(pageNumber, source, [], width, height) { Status = status, Note = note };
}
