using System.Globalization;
using System.Text;

namespace StrategyMiner.Imaging;

/// <summary>
/// Operations on 8-bit grey rasters (rows top to bottom, one byte a pixel, 255 white) shared by
/// the OCR stage and the scan simulator: reading the binary PGM that <c>pdftoppm -gray</c> writes,
/// and quarter turns.
/// </summary>
public static class GreyPixels
{
    /// <summary>Parses binary PGM (P5, maxval 255; Netpbm format).</summary>
    /// <exception cref="FormatException">Not P5, another maxval, or fewer bytes than the header promises.</exception>
    public static (int Width, int Height, byte[] Pixels) ParsePgm(ReadOnlySpan<byte> data)
    {
        var pos = 0;
        var magic = Token(data, ref pos);
        if (magic != "P5") throw new FormatException($"not a binary PGM image (starts with '{magic}')");
        var width = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        var maxValue = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        if (maxValue != 255) throw new FormatException($"PGM with maxval {maxValue} is not supported");
        pos++; // the single whitespace byte after maxval
        if (width <= 0 || height <= 0 || data.Length - pos < (long)width * height)
            throw new FormatException($"PGM image {width}×{height} is truncated ({data.Length - pos} of {(long)width * height} bytes)");
        return (width, height, data.Slice(pos, width * height).ToArray());
    }

    /// <summary>Turns a raster by a multiple of 90° clockwise; returns the new size and pixels (the same array for 0°).</summary>
    public static (int Width, int Height, byte[] Pixels) RotateClockwise(int width, int height, byte[] pixels, int degrees)
    {
        int w = width, h = height;
        switch (((degrees % 360) + 360) % 360)
        {
            case 0:
                return (w, h, pixels);
            case 90:
            {
                var dst = new byte[pixels.Length];
                for (var y = 0; y < w; y++)
                    for (var x = 0; x < h; x++)
                        dst[y * h + x] = pixels[(h - 1 - x) * w + y];
                return (h, w, dst);
            }
            case 180:
            {
                var dst = new byte[pixels.Length];
                for (var i = 0; i < pixels.Length; i++) dst[i] = pixels[pixels.Length - 1 - i];
                return (w, h, dst);
            }
            case 270:
            {
                var dst = new byte[pixels.Length];
                for (var y = 0; y < w; y++)
                    for (var x = 0; x < h; x++)
                        dst[y * h + x] = pixels[x * w + (w - 1 - y)];
                return (h, w, dst);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "Rotation must be 0, 90, 180 or 270 degrees.");
        }
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
}
