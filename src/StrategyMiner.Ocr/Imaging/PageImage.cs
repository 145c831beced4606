using StrategyMiner.Documents;

namespace StrategyMiner.Ocr.Imaging;

/// <summary>
/// A page's image and where its pixels sit on the page: pixel (x, y) from the image's top-left is
/// at (<see cref="Left"/> + x·<see cref="ScaleX"/>, <see cref="Top"/> − y·<see cref="ScaleY"/>) in
/// PDF points, origin bottom-left.
/// </summary>
internal sealed record PageImage(GreyImage Image, double PageWidth, double PageHeight, double Left, double Top, double ScaleX, double ScaleY)
{
    /// <summary>The image's resolution in dots per inch, as Tesseract wants it.</summary>
    public int Dpi => (int)Math.Round(72 / ScaleY);

    /// <summary>What the renderer complained about while drawing the page; null when it was silent.</summary>
    public string? Warning { get; init; }

    public BoundingBox ToPage(double left, double top, double right, double bottom) => new(
        Left + left * ScaleX, Top - bottom * ScaleY, Left + right * ScaleX, Top - top * ScaleY);
}
