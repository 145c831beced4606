using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Colors;

namespace StrategyMiner.Ocr.Imaging;

/// <summary>Gets a page's image: rendered by poppler, or the scan embedded in the page.</summary>
internal static class PageImageLoader
{
    /// <summary>
    /// Most pixels a page image may have in this process (A4 at 600 dpi is 35 million). Larger
    /// embedded scans (a 100 MB image) are left to poppler, which renders them at the OCR resolution.
    /// </summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The requested resolution, lowered when the page is so large that its image would exceed <see cref="MaxPixels"/>.</summary>
    public static int DpiWithin(int dpi, double widthPoints, double heightPoints)
    {
        var area = Math.Max(1, widthPoints) * Math.Max(1, heightPoints) / (72.0 * 72.0);
        return area * dpi * dpi <= MaxPixels ? dpi : Math.Max(1, (int)Math.Floor(Math.Sqrt(MaxPixels / area)));
    }

    /// <summary>Renders the page in grey with <c>pdftoppm -r dpi -gray</c>, which handles every image filter, masks and page rotation.</summary>
    /// <exception cref="TimeoutException">Rendering took longer than <paramref name="timeout"/>.</exception>
    public static PageImage Render(string pdfPath, int pageNumber, int dpi, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        foreach (var arg in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", page, "-l", page, pdfPath })
            start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
        }
        catch (Win32Exception ex)
        {
            throw new OcrUnavailableException("pdftoppm (poppler-utils) is not installed; run `./build.sh setup`.", ex);
        }
        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var finished = false;
            try
            {
                finished = copy.Wait(timeout, cancellationToken) && process.WaitForExit(timeout);
            }
            finally
            {
                if (!finished) Kill(process);
            }
            if (!finished) throw new TimeoutException($"rendering the page took longer than {timeout.TotalSeconds:0} s");
            var warning = errors.Result.Trim();
            if (process.ExitCode != 0 || output.Length == 0)
                throw new InvalidDataException($"pdftoppm could not render the page (exit {process.ExitCode}): {FirstLine(warning)}");
            var image = GreyImage.FromPgm(output.GetBuffer().AsSpan(0, (int)output.Length));
            var scale = 72.0 / dpi;
            return new PageImage(image, image.Width * scale, image.Height * scale, 0, image.Height * scale, scale, scale)
            {
                Warning = warning.Length == 0 ? null : FirstLine(warning),
            };
        }
    }

    /// <summary>
    /// The page's own scan when the page is one upright image that covers it and that PdfPig can
    /// decode to 8-bit grey, RGB or CMYK samples; null otherwise (the caller renders instead).
    /// </summary>
    public static PageImage? TryEmbedded(PdfDocument document, int pageNumber)
    {
        var page = document.GetPage(pageNumber);
        if (page.Rotation.Value != 0) return null;
        var images = page.GetImages().Take(2).ToList();
        if (images.Count != 1) return null;
        var image = images[0];
        var box = image.BoundingBox;
        if (image.IsImageMask || image.MaskImage is not null || Math.Abs(box.Rotation) > 0.01) return null;
        if (box.Area < 0.85 * page.Width * page.Height || image.BitsPerComponent != 8) return null;
        var colours = image.ColorSpaceDetails;
        if (colours is null || colours.Type is ColorSpace.Indexed or ColorSpace.Separation or ColorSpace.DeviceN or ColorSpace.Pattern or ColorSpace.Lab)
            return null;
        if ((long)image.WidthInSamples * image.HeightInSamples > MaxPixels) return null;
        var components = colours.NumberOfColorComponents;
        if (components is not (1 or 3 or 4) || !image.TryGetBytesAsMemory(out var memory)) return null;

        int width = image.WidthInSamples, height = image.HeightInSamples;
        var samples = memory.Span;
        if (samples.Length < (long)width * height * components) return null;
        var invert = image.Decode is [> 0.5, < 0.5, ..];
        var grey = new byte[width * height];
        for (var i = 0; i < grey.Length; i++)
        {
            var at = i * components;
            int value = components switch
            {
                1 => samples[at],
                // ITU-R BT.601 luma.
                3 => (299 * samples[at] + 587 * samples[at + 1] + 114 * samples[at + 2] + 500) / 1000,
                _ => 255 - Math.Min(255, (299 * samples[at] + 587 * samples[at + 1] + 114 * samples[at + 2]) / 1000 + samples[at + 3]),
            };
            grey[i] = (byte)(invert ? 255 - value : value);
        }
        return new PageImage(new GreyImage(width, height, grey), page.Width, page.Height, box.Left, box.Top, box.Width / width, box.Height / height);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end].TrimEnd();
    }
}
