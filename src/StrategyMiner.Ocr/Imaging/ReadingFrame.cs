namespace StrategyMiner.Ocr.Imaging;

/// <summary>
/// How a page image was straightened before it was read: turned <see cref="Turn"/> degrees clockwise,
/// then rotated <see cref="Deskew"/> degrees counter-clockwise about its centre. Maps boxes read in
/// the straightened image back to the original image's pixels.
/// </summary>
internal sealed record ReadingFrame(int Turn, double Deskew, int OriginalWidth, int OriginalHeight)
{
    public static ReadingFrame Upright(GreyImage image) => new(0, 0, image.Width, image.Height);

    private int TurnedWidth => Turn is 90 or 270 ? OriginalHeight : OriginalWidth;

    /// <summary>The height of the image as read (upright).</summary>
    public int TurnedHeight => Turn is 90 or 270 ? OriginalWidth : OriginalHeight;

    /// <summary>The bounding box, in original pixels, of a box in the straightened image.</summary>
    public (double Left, double Top, double Right, double Bottom) MapBack(int left, int top, int right, int bottom)
    {
        if (Turn == 0 && Deskew == 0) return (left, top, right, bottom);
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var (x, y) in new (double, double)[] { (left, top), (right, top), (left, bottom), (right, bottom) })
        {
            var (tx, ty) = Unskew(x, y);
            var (ox, oy) = Unturn(tx, ty);
            minX = Math.Min(minX, ox);
            maxX = Math.Max(maxX, ox);
            minY = Math.Min(minY, oy);
            maxY = Math.Max(maxY, oy);
        }
        return (minX, minY, maxX, maxY);
    }

    // The straightened point (x, y) shows the turned image's point found by the same inverse mapping
    // GreyImage.Rotate uses for its pixels.
    private (double X, double Y) Unskew(double x, double y)
    {
        if (Deskew == 0) return (x, y);
        var radians = Deskew * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var (cx, cy) = (TurnedWidth / 2.0, TurnedHeight / 2.0);
        var (dx, dy) = (x - cx, y - cy);
        return (dx * cos - dy * sin + cx, dx * sin + dy * cos + cy);
    }

    // Edge coordinates: turned 90° clockwise, turned (x, y) is original (y, h − x); 270°: (w − y, x).
    private (double X, double Y) Unturn(double x, double y) => Turn switch
    {
        0 => (x, y),
        90 => (y, OriginalHeight - x),
        180 => (OriginalWidth - x, OriginalHeight - y),
        270 => (OriginalWidth - y, x),
        _ => throw new InvalidOperationException($"Turn must be 0, 90, 180 or 270, not {Turn}."),
    };
}
