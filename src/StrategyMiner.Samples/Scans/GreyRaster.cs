using StrategyMiner.Imaging;

namespace StrategyMiner.Samples.Scans;

/// <summary>An 8-bit grey image, rows top to bottom, one byte a pixel (255 is white).</summary>
internal sealed class GreyRaster(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    public static GreyRaster Filled(int width, int height, byte tone)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, tone);
        return new GreyRaster(width, height, pixels);
    }

    /// <summary>Parses binary PGM (P5, maxval 255), the format <c>pdftoppm -gray</c> writes.</summary>
    public static GreyRaster FromPgm(ReadOnlySpan<byte> data)
    {
        var (width, height, pixels) = GreyPixels.ParsePgm(data);
        return new GreyRaster(width, height, pixels);
    }

    /// <summary>Maps white to the paper tone and black to the ink tone.</summary>
    public void ApplyTones(byte ink, byte paper)
    {
        Span<byte> map = stackalloc byte[256];
        for (var v = 0; v < 256; v++) map[v] = (byte)Math.Round(ink + (paper - ink) * v / 255.0);
        var px = Pixels;
        for (var i = 0; i < px.Length; i++) px[i] = map[px[i]];
    }

    /// <summary>Rotates the content about the centre by a small angle (positive is counter-clockwise), bilinear, same size.</summary>
    public GreyRaster Skew(double degrees, byte fill)
    {
        if (degrees == 0) return this;
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
            for (var x = 0; x < Width; x++)
            {
                var dx = x - cx;
                // Inverse mapping: where in the source does this output pixel come from.
                var sx = dx * cos - dy * sin + cx;
                var sy = dx * sin + dy * cos + cy;
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height)
                {
                    dst[y * Width + x] = fill;
                    continue;
                }
                var fx = sx - x0;
                var fy = sy - y0;
                var i = y0 * Width + x0;
                var top = src[i] + (src[i + 1] - src[i]) * fx;
                var bottom = src[i + Width] + (src[i + Width + 1] - src[i + Width]) * fx;
                dst[y * Width + x] = (byte)(top + (bottom - top) * fy + 0.5);
            }
        }
        return new GreyRaster(Width, Height, dst);
    }

    /// <summary>A 3×3 binomial blur, the softness of scanner optics.</summary>
    public GreyRaster Blur()
    {
        var src = Pixels;
        var tmp = new ushort[src.Length];
        for (var y = 0; y < Height; y++)
        {
            var row = y * Width;
            for (var x = 0; x < Width; x++)
            {
                var l = src[row + Math.Max(x - 1, 0)];
                var r = src[row + Math.Min(x + 1, Width - 1)];
                tmp[row + x] = (ushort)(l + 2 * src[row + x] + r);
            }
        }
        var dst = new byte[src.Length];
        for (var y = 0; y < Height; y++)
        {
            var up = Math.Max(y - 1, 0) * Width;
            var row = y * Width;
            var down = Math.Min(y + 1, Height - 1) * Width;
            for (var x = 0; x < Width; x++)
                dst[row + x] = (byte)((tmp[up + x] + 2 * tmp[row + x] + tmp[down + x] + 8) / 16);
        }
        return new GreyRaster(Width, Height, dst);
    }

    /// <summary>Adds Gaussian sensor noise and small dark specks of dust.</summary>
    public void AddNoise(ref SplitMix64 random, double sigma, double speckleRate, byte ink)
    {
        var px = Pixels;
        if (sigma > 0)
        {
            // A table of standard normal samples keeps the per-pixel cost to one random draw.
            var table = new short[4096];
            for (var i = 0; i < table.Length; i++) table[i] = (short)Math.Round(sigma * random.NextGaussian());
            for (var i = 0; i < px.Length; i++)
                px[i] = (byte)Math.Clamp(px[i] + table[(int)(random.Next() & 4095)], 0, 255);
        }
        var specks = (long)(speckleRate * px.Length / 3);
        for (long s = 0; s < specks; s++)
        {
            var x = (int)(random.Next() % (ulong)Width);
            var y = (int)(random.Next() % (ulong)Height);
            var size = 1 + (int)(random.Next() % 2);
            var tone = (byte)Math.Min(255, ink + (int)(random.Next() % 60));
            for (var yy = y; yy < Math.Min(y + size, Height); yy++)
                for (var xx = x; xx < Math.Min(x + size, Width); xx++)
                    px[yy * Width + xx] = tone;
        }
    }

    /// <summary>Turns the image by a multiple of 90° clockwise.</summary>
    public GreyRaster RotateClockwise(int degrees)
    {
        var (width, height, pixels) = GreyPixels.RotateClockwise(Width, Height, Pixels, degrees);
        return ReferenceEquals(pixels, Pixels) ? this : new GreyRaster(width, height, pixels);
    }
}
