using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace StrategyMiner.Review;

/// <summary>Renders pages with poppler's <c>pdftoppm -png -r 100</c> (Debian package poppler-utils), PNG on standard output.</summary>
public sealed class PdftoppmRenderer : IPageImageRenderer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public async Task<byte[]> RenderAsync(string pdfPath, int pageNumber, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        foreach (var arg in new[] { "-png", "-r", "100", "-f", page, "-l", page, "-singlefile", pdfPath }) start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PageImageUnavailableException("Sidbilden kunde inte skapas: pdftoppm startade inte.");
        }
        catch (Win32Exception ex)
        {
            throw new PageImageUnavailableException("Sidbilden kunde inte skapas: pdftoppm saknas (installera poppler-utils, kör ./build.sh setup).", ex);
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(Timeout);
            try
            {
                using var png = new MemoryStream();
                var copy = process.StandardOutput.BaseStream.CopyToAsync(png, timeout.Token);
                var errors = process.StandardError.ReadToEndAsync(timeout.Token);
                await copy.ConfigureAwait(false);
                var stderr = await errors.ConfigureAwait(false);
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                if (process.ExitCode != 0 || png.Length == 0)
                {
                    var reason = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"slutkod {process.ExitCode}";
                    throw new PageImageUnavailableException($"Sidbilden kunde inte skapas: {reason}");
                }
                return png.ToArray();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw new PageImageUnavailableException($"Sidbilden kunde inte skapas: pdftoppm svarade inte på {Timeout.TotalSeconds:0} s.");
            }
            catch (OperationCanceledException)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw;
            }
        }
    }
}
