using System.Globalization;
using System.Text;

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
        var pos = 0;
        var magic = Token(data, ref pos);
        if (magic != "P5") throw new FormatException($"the renderer did not return a grey PGM image (it starts with '{magic}')");
        var width = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        var maxValue = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        if (maxValue != 255) throw new FormatException($"PGM with maxval {maxValue} is not supported");
        pos++; // the one whitespace byte after maxval
        if (width <= 0 || height <= 0 || data.Length - pos < (long)width * height)
            throw new FormatException($"the rendered {width}×{height} image is truncated");
        return new GreyImage(width, height, data.Slice(pos, width * height).ToArray());
    }

    private static string Token(ReadOnlySpan<byte> data, ref int pos)
    {
        while (pos < data.Length)
        {
            if (data[pos] == (byte)'#')
                while (pos < data.Length && data[pos] != (byte)'\n') pos++;
            else if (IsSpace(data[pos])) pos++;
            else break;
        }
        var start = pos;
        while (pos < data.Length && !IsSpace(data[pos]) && pos - start < 16) pos++;
        return Encoding.ASCII.GetString(data[start..pos]);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    /// <summary>
    /// Share of pixels clearly darker than the paper: below half-way between the paper tone (the
    /// 90th percentile) and black. Near zero for an empty sheet, a few per cent for a page of text.
    /// </summary>
    public double InkShare()
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in Pixels) histogram[p]++;
        long seen = 0;
        var paper = 255;
        for (var v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen >= Pixels.Length * 0.9) { paper = v; break; }
        }
        var threshold = paper / 2;
        long dark = 0;
        for (var v = 0; v < threshold; v++) dark += histogram[v];
        return (double)dark / Pixels.Length;
    }

    /// <summary>Turns the image by a multiple of 90° clockwise.</summary>
    public GreyImage RotateClockwise(int degrees)
    {
        var src = Pixels;
        int w = Width, h = Height;
        switch (((degrees % 360) + 360) % 360)
        {
            case 0:
                return this;
            case 90:
            {
                var dst = new byte[src.Length];
                for (var y = 0; y < w; y++)
                    for (var x = 0; x < h; x++)
                        dst[y * h + x] = src[(h - 1 - x) * w + y];
                return new GreyImage(h, w, dst);
            }
            case 180:
            {
                var dst = new byte[src.Length];
                for (var i = 0; i < src.Length; i++) dst[i] = src[src.Length - 1 - i];
                return new GreyImage(w, h, dst);
            }
            case 270:
            {
                var dst = new byte[src.Length];
                for (var y = 0; y < w; y++)
                    for (var x = 0; x < h; x++)
                        dst[y * h + x] = src[x * w + (w - 1 - y)];
                return new GreyImage(h, w, dst);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "Rotation must be a multiple of 90 degrees.");
        }
    }

    /// <summary>
    /// Maps a rectangle in this image turned <paramref name="degrees"/> clockwise back to this
    /// image's own pixel coordinates.
    /// </summary>
    public (int Left, int Top, int Right, int Bottom) UnrotateBox(int degrees, int left, int top, int right, int bottom) =>
        (((degrees % 360) + 360) % 360) switch
        {
            0 => (left, top, right, bottom),
            // Turned 90° clockwise: rotated (x', y') shows original (y', h - x').
            90 => (top, Height - right, bottom, Height - left),
            180 => (Width - right, Height - bottom, Width - left, Height - top),
            // Turned 270° clockwise: rotated (x', y') shows original (w - y', x').
            270 => (Width - bottom, left, Width - top, right),
            _ => throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "Rotation must be a multiple of 90 degrees."),
        };
}
