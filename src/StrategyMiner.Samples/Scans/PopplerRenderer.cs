using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace StrategyMiner.Samples.Scans;

/// <summary>Renders a PDF page to a grey raster with poppler's <c>pdftoppm -gray</c>.</summary>
internal static class PopplerRenderer
{
    public static GreyRaster RenderGrey(string pdfPath, int pageNumber, int dpi)
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
            process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("pdftoppm (poppler-utils) is not installed; run `./build.sh setup`.", ex);
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            using var image = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(image);
            process.WaitForExit();
            if (process.ExitCode != 0 || image.Length == 0)
                throw new InvalidOperationException(
                    $"pdftoppm could not render page {pageNumber} (exit {process.ExitCode}): {error.Result.Trim()}");
            return GreyRaster.FromPgm(image.GetBuffer().AsSpan(0, (int)image.Length));
        }
    }
}
