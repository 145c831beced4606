using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace StrategyMiner.Samples.Scans;

/// <summary>
/// Turns pages of a digital PDF into image-only scanned pages: rendered grey at the scan resolution
/// with <c>pdftoppm</c>, then paper and ink tones, a small skew, optics blur, sensor noise and dust,
/// and optionally a sheet turned on the glass or left empty. Deterministic for a given seed.
/// </summary>
public sealed class ScanSimulator(ScanOptions? options = null)
{
    /// <summary>The damage applied to every scanned page.</summary>
    public ScanOptions Options { get; } = options ?? new ScanOptions();

    /// <summary>Scans every page; the result has one full-page image per page and no text layer.</summary>
    /// <param name="pdf">The bytes of a digital PDF.</param>
    /// <param name="pageOptions">What happens to each page; <see cref="ScanPageOptions.Default"/> when null.</param>
    public byte[] ScanAll(byte[] pdf, ScanPageOptions? pageOptions = null)
    {
        using var document = Open(pdf);
        var each = pageOptions ?? ScanPageOptions.Default;
        var pages = Enumerable.Range(1, document.NumberOfPages).ToDictionary(p => p, _ => each);
        Validate(document, pages);
        return Build(pdf, document, pages);
    }

    /// <summary>
    /// Scans the listed pages and copies the others as they are (text layer and all), so that one
    /// scanned page can sit inside an otherwise digital document.
    /// </summary>
    /// <param name="pdf">The bytes of a digital PDF.</param>
    /// <param name="pages">1-based page numbers to scan, each with what happens to it.</param>
    public byte[] Scan(byte[] pdf, IReadOnlyDictionary<int, ScanPageOptions> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var document = Open(pdf);
        Validate(document, pages);
        return Build(pdf, document, pages);
    }

    private static void Validate(PdfDocument document, IReadOnlyDictionary<int, ScanPageOptions> pages)
    {
        foreach (var (page, plan) in pages)
        {
            if (page < 1 || page > document.NumberOfPages)
                throw new ArgumentOutOfRangeException(nameof(pages), page, $"The PDF has {document.NumberOfPages} pages.");
            if (plan.Rotation is not (0 or 90 or 180 or 270))
                throw new ArgumentOutOfRangeException(nameof(pages), plan.Rotation, $"Page {page}: rotation must be 0, 90, 180 or 270 degrees.");
        }
    }

    private static PdfDocument Open(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            return PdfDocument.Open(pdf);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ArgumentException($"The input is not a readable PDF: {ex.Message}", nameof(pdf), ex);
        }
    }

    private byte[] Build(byte[] pdf, PdfDocument document, IReadOnlyDictionary<int, ScanPageOptions> pages)
    {
        var scanned = new Dictionary<int, byte[]>();
        var source = Path.Combine(Path.GetTempPath(), $"strategyminer-scan-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(source, pdf);
        try
        {
            var results = new byte[pages.Count][];
            var order = pages.Keys.Order().ToArray();
            Parallel.For(0, order.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var image = ScanPage(source, order[i], pages[order[i]]);
                results[i] = GreyImagePdf.Build(image, Options.Dpi);
            });
            for (var i = 0; i < order.Length; i++) scanned[order[i]] = results[i];
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // One page's error (e.g. pdftoppm missing) says it all; the wrapper only hides the message.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
        finally
        {
            File.Delete(source);
        }

        using var builder = new PdfDocumentBuilder();
        for (var page = 1; page <= document.NumberOfPages; page++)
        {
            if (scanned.TryGetValue(page, out var scan))
            {
                using var single = PdfDocument.Open(scan);
                builder.AddPage(single, 1);
            }
            else
            {
                builder.AddPage(document, page);
            }
        }
        return WithStableId(builder.Build());
    }

    // PdfPig writes a random file identifier into the trailer; replace it, in place and at the same
    // length, by one derived from the content so that the same seed gives the same bytes.
    private static byte[] WithStableId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ID [", StringComparison.Ordinal);
        if (at < 0) return pdf;
        var strings = new List<(int Start, int Length)>();
        for (var open = text.IndexOf('<', at); open >= 0 && strings.Count < 2; open = text.IndexOf('<', open + 1))
        {
            var close = text.IndexOf('>', open);
            if (close < 0) return pdf;
            strings.Add((open + 1, close - open - 1));
            open = close;
        }
        foreach (var (start, length) in strings) Array.Fill(pdf, (byte)'0', start, length);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf));
        foreach (var (start, length) in strings)
            System.Text.Encoding.ASCII.GetBytes(hash[..Math.Min(length, hash.Length)]).CopyTo(pdf, start);
        return pdf;
    }

    private GreyRaster ScanPage(string pdfPath, int pageNumber, ScanPageOptions plan)
    {
        var options = Options;
        var random = new SplitMix64(unchecked((ulong)options.Seed * 0x9E3779B97F4A7C15UL + (ulong)pageNumber));
        var image = PopplerRenderer.RenderGrey(pdfPath, pageNumber, options.Dpi);
        if (plan.Blank) Array.Fill(image.Pixels, (byte)255);
        image.ApplyTones(options.InkTone, options.PaperTone);

        var skew = plan.SkewDegrees ?? DrawSkew(ref random);
        image = image.Skew(skew, options.PaperTone);
        if (options.Blur) image = image.Blur();
        image.AddNoise(ref random, options.NoiseSigma, options.SpeckleRate, options.InkTone);
        return image.RotateClockwise(plan.Rotation);
    }

    private double DrawSkew(ref SplitMix64 random)
    {
        var min = Options.MinSkewDegrees;
        var max = Options.MaxSkewDegrees;
        if (max <= 0) return 0;
        var magnitude = min + (max - min) * random.NextDouble();
        return random.NextDouble() < 0.5 ? -magnitude : magnitude;
    }
}
