using System.IO.Compression;

namespace StrategyMiner.Samples.Scans;

/// <summary>
/// Image rows as a PDF <c>/FlateDecode</c> stream with PNG predictor 15 expects them (ISO 32000-1
/// §7.4.4.4; PNG, ISO/IEC 15948 §9): a filter-type byte before each row, the whole zlib-compressed.
/// </summary>
internal static class PngRows
{
    /// <summary>
    /// Filter type 0 (None) on every row: sensor noise is independent from pixel to pixel, so the
    /// predicting filters (Sub, Up, Paeth) would only add the neighbour's noise.
    /// </summary>
    public static byte[] Compress(GreyRaster image)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[image.Width + 1];
            for (var y = 0; y < image.Height; y++)
            {
                image.Pixels.AsSpan(y * image.Width, image.Width).CopyTo(row.AsSpan(1));
                zlib.Write(row);
            }
        }
        return compressed.ToArray();
    }
}
