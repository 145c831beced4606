namespace StrategyMiner.Ocr;

/// <summary>Where the OCR stage gets a page's pixels.</summary>
public enum PageImageSource
{
    /// <summary>Render the page in grey with poppler's <c>pdftoppm</c> at the configured resolution: works for every PDF.</summary>
    Render,

    /// <summary>
    /// Use the scan embedded in the page as it is when the page is one upright image PdfPig can
    /// decode (8-bit grey, RGB or CMYK); render otherwise.
    /// </summary>
    Embedded,
}
