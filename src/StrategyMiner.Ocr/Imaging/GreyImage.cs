using StrategyMiner.Imaging;

namespace StrategyMiner.Ocr.Imaging;

/// <summary>An 8-bit grey image, rows top to bottom, one byte a pixel (255 is white).</summary>
internal sealed class GreyImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    /// <summary>Parses binary PGM (P5, maxval 255), as <c>pdftoppm -gray</c> writes it.</summary>
    public static GreyImage FromPgm(ReadOnlySpan<byte> data)
    {
        var (width, height, pixels) = GreyPixels.ParsePgm(data);
        return new GreyImage(width, height, pixels);
    }

    /// <summary>
    /// Share of pixels clearly darker than the paper: below half-way between the paper tone (the
    /// 90th percentile) and black. Near zero for an empty sheet, a few per cent for a page of text.
    /// </summary>
    public double InkShare()
    {
        var threshold = InkThreshold();
        long dark = 0;
        foreach (var p in Pixels)
            if (p < threshold) dark++;
        return (double)dark / Pixels.Length;
    }

    /// <summary>Grey levels below this are ink: half-way between the paper and black.</summary>
    public int InkThreshold() => PaperTone() / 2;

    /// <summary>Turns the image by a multiple of 90° clockwise.</summary>
    public GreyImage RotateClockwise(int degrees)
    {
        var (width, height, pixels) = GreyPixels.RotateClockwise(Width, Height, Pixels, degrees);
        return ReferenceEquals(pixels, Pixels) ? this : new GreyImage(width, height, pixels);
    }

    /// <summary>The paper's grey level: the 90th percentile, since text covers far less than a tenth of a page.</summary>
    public byte PaperTone()
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in Pixels) histogram[p]++;
        long seen = 0;
        for (var v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen >= Pixels.Length * 0.9) return (byte)v;
        }
        return 255;
    }

    /// <summary>Rotates the content about the centre by a small angle (positive is counter-clockwise), bilinear, same size.</summary>
    public GreyImage Rotate(double degrees, byte fill)
    {
        var radians = degrees * Math.PI / 180;
        var cos = Math.Cos(radians);
        var sin = Math.Sin(radians);
        var cx = (Width - 1) / 2.0;
        var cy = (Height - 1) / 2.0;
        var src = Pixels;
        var dst = new byte[src.Length];
        for (var y = 0; y < Height; y++)
        {
            var dy = y - cy;
            // Inverse mapping: the source point each output pixel shows, stepped along the row.
            var sx = -cx * cos - dy * sin + cx;
            var sy = -cx * sin + dy * cos + cy;
            var row = y * Width;
            for (var x = 0; x < Width; x++, sx += cos, sy += sin)
            {
                if (sx < 0 || sy < 0 || sx >= Width - 1 || sy >= Height - 1)
                {
                    dst[row + x] = fill;
                    continue;
                }
                var x0 = (int)sx;
                var y0 = (int)sy;
                var fx = sx - x0;
                var fy = sy - y0;
                var i = y0 * Width + x0;
                var top = src[i] + (src[i + 1] - src[i]) * fx;
                var bottom = src[i + Width] + (src[i + Width + 1] - src[i + Width]) * fx;
                dst[row + x] = (byte)(top + (bottom - top) * fy + 0.5);
            }
        }
        return new GreyImage(Width, Height, dst);
    }
}
