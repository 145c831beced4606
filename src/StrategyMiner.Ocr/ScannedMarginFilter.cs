using StrategyMiner.Documents;

namespace StrategyMiner.Ocr;

/// <summary>
/// Drops running headers and page numbers from OCR pages. The text-layer extractor finds them by
/// repetition across pages, but OCR reads small header type too unevenly for that ("Jämtiand
/// Håärieda!'ern"), so on scans a short block lying wholly inside the top or bottom margin band
/// is taken to be a running head or folio.
/// </summary>
public static class ScannedMarginFilter
{
    /// <summary>Share of the page height at the top and at the bottom treated as margin.</summary>
    public const double MarginBand = 0.08;

    /// <summary>Blocks with more words than this are kept even in the margin band.</summary>
    public const int MaxWords = 12;

    /// <summary>The page without margin blocks; text-layer pages come back unchanged.</summary>
    public static PageText Apply(PageText page)
    {
        if (page.Source != PageSource.Ocr || page.Height <= 0 || page.Blocks.Count == 0) return page;
        var top = page.Height * (1 - MarginBand);
        var bottom = page.Height * MarginBand;
        var kept = page.Blocks.Where(b => !(IsShort(b) && (b.Box.Bottom >= top || b.Box.Top <= bottom))).ToList();
        return kept.Count == page.Blocks.Count ? page : page with { Blocks = kept };
    }

    private static bool IsShort(TextBlock block) =>
        block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;
}
