using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StrategyMiner.Documents;
using StrategyMiner.Ocr.Imaging;
using StrategyMiner.Ocr.Native;
using UglyToad.PdfPig;

namespace StrategyMiner.Ocr;

/// <summary>
/// OCR with Tesseract 5 through its C API, pages in parallel: one engine per worker thread (an engine
/// is not thread-safe), OpenMP inside Tesseract limited to one thread so the workers do not fight
/// over the cores. Each page: take the embedded scan or render it (<see cref="TesseractOptions.ImageSource"/>),
/// remove dust (<c>Despeckler</c>), call an empty sheet blank, straighten the skew (projection profile,
/// <c>SkewEstimator</c>), read it, and rebuild paragraphs from lines (<c>OcrPageBuilder</c>). A page turned
/// on the scanner is suspected when the words come back boxed sideways or with low confidence (upside
/// down), confirmed by orientation detection (osd.traineddata), read upright and noted "rotated 90°"
/// (the sheet's clockwise turn).
/// </summary>
public sealed class TesseractRecognizer : IPageRecognizer, IDisposable
{
    // Below this share of dark pixels the sheet is empty: dust and the odd page number only.
    private const double BlankInkShare = 0.0002;
    // An upright, readable page scores about 0.9; the same page upside down about 0.3.
    private const double UprightConfidence = 0.6;

    private readonly string tessdata;
    private readonly ConcurrentBag<TesseractEngine> idle = [];
    private bool disposed;

    /// <summary>Checks that Tesseract and the language data are installed and loads one engine.</summary>
    /// <exception cref="OcrUnavailableException">libtesseract or the traineddata is missing; the message says to run <c>./build.sh setup</c>.</exception>
    public TesseractRecognizer(TesseractOptions? options = null)
    {
        Options = options ?? new TesseractOptions();
        if (Options.Dpi is < 70 or > 1200) throw new ArgumentOutOfRangeException(nameof(options), Options.Dpi, "Dpi must be between 70 and 1200.");
        if (Options.Workers < 1) throw new ArgumentOutOfRangeException(nameof(options), Options.Workers, "Workers must be at least 1.");
        if (Options.PageTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), Options.PageTimeout, "PageTimeout must be positive.");
        if (string.IsNullOrWhiteSpace(Options.Language)) throw new ArgumentException("Language must be set, e.g. \"swe\".", nameof(options));

        TesseractLibrary.EnsureLoaded();
        var languages = Options.Language.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        tessdata = TessdataLocator.Find(Options.TessdataPath, languages[0]);
        foreach (var language in languages.Skip(1))
            if (!File.Exists(Path.Combine(tessdata, language + ".traineddata")))
                throw new OcrUnavailableException($"Tesseract language data '{language}.traineddata' not found in {tessdata}; run `./build.sh setup` or install tesseract-ocr-{language}.");
        idle.Add(TesseractEngine.Create(tessdata, Options.Language));
    }

    /// <summary>The settings in use.</summary>
    public TesseractOptions Options { get; }

    /// <summary>The version of the loaded libtesseract, e.g. "5.3.0".</summary>
    public static string TesseractVersion
    {
        get
        {
            TesseractLibrary.EnsureLoaded();
            return TesseractLibrary.Version;
        }
    }

    /// <inheritdoc />
    /// <exception cref="FileNotFoundException">The PDF does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A page number is not in the document.</exception>
    /// <exception cref="InputRejectedException">The file is not a PDF that can be opened.</exception>
    public IEnumerable<PageText> Recognize(string pdfPath, IReadOnlyList<int> pageNumbers, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentNullException.ThrowIfNull(pdfPath);
        ArgumentNullException.ThrowIfNull(pageNumbers);
        if (!File.Exists(pdfPath)) throw new FileNotFoundException($"PDF not found: {pdfPath}", pdfPath);
        var pageCount = CountPages(pdfPath);
        foreach (var page in pageNumbers)
            if (page < 1 || page > pageCount)
                throw new ArgumentOutOfRangeException(nameof(pageNumbers), page, $"Page {page} is not in the document ({pageCount} pages).");
        var pages = pageNumbers.Distinct().ToArray();
        return pages.Length == 0 ? [] : Run(Path.GetFullPath(pdfPath), pages, cancellationToken);
    }

    private static int CountPages(string pdfPath)
    {
        try
        {
            // From a stream: PdfDocument.Open(path) reads the whole file into memory first.
            using var file = File.OpenRead(pdfPath);
            using var document = PdfDocument.Open(file);
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InputRejectedException($"not a readable PDF ({ex.Message})", ex);
        }
    }

    private IEnumerable<PageText> Run(string pdfPath, int[] pages, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var done = new BlockingCollection<PageText>();
        var queue = new ConcurrentQueue<int>(pages);
        var running = Math.Min(Options.Workers, pages.Length);
        Exception? crash = null;

        void Work()
        {
            TesseractEngine? engine = null;
            PdfDocument? document = null;
            FileStream? file = null;
            try
            {
                engine = Rent();
                while (!stop.IsCancellationRequested && queue.TryDequeue(out var page))
                    done.Add(ReadPage(engine, pdfPath, page, () => document ??= PdfDocument.Open(file ??= File.OpenRead(pdfPath)), stop.Token));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // Only engine creation can get here (each page's errors become a failed page); stop the run.
                crash ??= ex;
                stop.Cancel();
            }
            finally
            {
                document?.Dispose();
                file?.Dispose();
                if (engine is not null) idle.Add(engine);
                if (Interlocked.Decrement(ref running) == 0) done.CompleteAdding();
            }
        }

        // Tesseract runs on the worker's own stack: give it what a main thread gets on Linux (8 MB),
        // not the smaller default of secondary threads.
        var threads = Enumerable.Range(0, running)
            .Select(i => new Thread(Work, maxStackSize: 8 * 1024 * 1024) { IsBackground = true, Name = $"ocr-{i + 1}" })
            .ToList();
        threads.ForEach(t => t.Start());
        try
        {
            foreach (var page in done.GetConsumingEnumerable(stop.Token)) yield return page;
        }
        finally
        {
            // Also runs when the caller stops enumerating early: stop the workers and wait for them.
            stop.Cancel();
            threads.ForEach(t => t.Join());
        }
        if (crash is not null) throw crash;
        cancellationToken.ThrowIfCancellationRequested();
    }

    private TesseractEngine Rent() => idle.TryTake(out var engine) ? engine : TesseractEngine.Create(tessdata, Options.Language);

    private PageText ReadPage(TesseractEngine engine, string pdfPath, int pageNumber, Func<PdfDocument> document, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timeout = Options.PageTimeout;
        PageImage? image = null;
        try
        {
            if (Options.ImageSource == PageImageSource.Embedded) image = TryEmbedded(document, pageNumber);
            image ??= PageImageLoader.Render(pdfPath, pageNumber, RenderDpi(document, pageNumber), Remaining(clock, timeout), cancellationToken);
            var dpi = image.Dpi;
            image = image with { Image = Despeckler.Clean(image.Image, dpi).Image };
            if (image.Image.InkShare() < BlankInkShare) return Empty(pageNumber, image);

            bool Stop() => cancellationToken.IsCancellationRequested || clock.Elapsed > timeout;
            EngineResult Read(GreyImage pixels) => Checked(engine.Recognize(pixels, dpi, Stop), cancellationToken, timeout);

            var (frame, straight) = Straighten(image.Image, 0);
            var best = Read(straight);
            if (Options.DetectRotation)
            {
                var sideways = IsSideways(best);
                foreach (var turn in TurnCandidates(engine, image, best, sideways))
                {
                    var (turnedFrame, turned) = Straighten(image.Image, turn);
                    var result = Read(turned);
                    // Tesseract reads sideways text by itself, as well as when turned, but then it lays out
                    // lines and boxes in the sideways frame: prefer the upright reading unless it is clearly worse.
                    var margin = sideways ? -0.03 : 0.05;
                    if (result.MeanConfidence > best.MeanConfidence + margin) (best, frame) = (result, turnedFrame);
                }
            }

            var page = OcrPageBuilder.Build(pageNumber, image, best, frame);
            if (page.Blocks.Count == 0) return Empty(pageNumber, image);
            return frame.Turn == 0 ? page : page with { Note = string.Create(CultureInfo.InvariantCulture, $"rotated {(360 - frame.Turn) % 360}°") };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException ex)
        {
            return Failed(pageNumber, image, $"OCR timed out: {ex.Message}");
        }
        catch (OcrUnavailableException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(pageNumber, image, $"OCR failed: {ex.Message}");
        }
    }

    // A scan PdfPig cannot decode may still render: poppler knows more filters and forgives more damage.
    private static PageImage? TryEmbedded(Func<PdfDocument> document, int pageNumber)
    {
        try
        {
            return PageImageLoader.TryEmbedded(document(), pageNumber);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    // A poster-sized page at 300 dpi would be gigapixels: render it at the resolution that fits the budget.
    private int RenderDpi(Func<PdfDocument> document, int pageNumber)
    {
        try
        {
            var page = document().GetPage(pageNumber);
            return PageImageLoader.DpiWithin(Options.Dpi, page.Width, page.Height);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Options.Dpi; // PdfPig cannot read the page; poppler may still render it
        }
    }

    // Turned upright, then straightened by the skew the projection profile finds.
    private (ReadingFrame Frame, GreyImage Image) Straighten(GreyImage original, int turn)
    {
        var turned = original.RotateClockwise(turn);
        var skew = Options.Deskew ? SkewEstimator.Estimate(turned) : 0;
        if (Math.Abs(skew) < 0.1) return (new ReadingFrame(turn, 0, original.Width, original.Height), turned);
        return (new ReadingFrame(turn, -skew, original.Width, original.Height), turned.Rotate(-skew, turned.PaperTone()));
    }

    private static EngineResult Checked(EngineResult result, CancellationToken cancellationToken, TimeSpan timeout)
    {
        if (!result.Cancelled) return result;
        cancellationToken.ThrowIfCancellationRequested();
        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"recognition took longer than {timeout.TotalSeconds:0.#} s"));
    }

    private static TimeSpan Remaining(Stopwatch clock, TimeSpan timeout)
    {
        var left = timeout - clock.Elapsed;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    // Most longer words boxed taller than wide: the layout analysis found the lines running up or down the image.
    private static bool IsSideways(EngineResult result)
    {
        var longWords = result.Words.Where(w => w.Text.Count(char.IsLetter) >= 4).ToList();
        var tall = longWords.Count(w => w.Bottom - w.Top > 1.5 * (w.Right - w.Left));
        return tall >= 2 && tall * 2 > longWords.Count;
    }

    private static IEnumerable<int> TurnCandidates(TesseractEngine engine, PageImage image, EngineResult upright, bool sideways)
    {
        var lowConfidence = upright.MeanConfidence < UprightConfidence && upright.Words.Any(w => w.Text.Any(char.IsLetter));
        if (!sideways && !lowConfidence) return [];
        var detected = engine.DetectOrientation(image.Image, image.Dpi);
        // OSD reports how far the text is turned clockwise; reading it upright takes the opposite turn.
        if (detected is { Degrees: not 0 } osd) return [(360 - osd.Degrees) % 360];
        if (sideways) return [90, 270];
        return detected is null ? [180] : [];
    }

    private static PageText Empty(int pageNumber, PageImage image)
    {
        // A scan that the renderer could not decode comes out white: that is a failure, not an empty sheet.
        if (image.Warning is not null) return Failed(pageNumber, image, $"page image could not be read (pdftoppm: {image.Warning})");
        return PageText.Empty(pageNumber, PageSource.Ocr, PageStatus.Blank, "blank page (no text found)", image.PageWidth, image.PageHeight);
    }

    private static PageText Failed(int pageNumber, PageImage? image, string reason) =>
        PageText.Empty(pageNumber, PageSource.Ocr, PageStatus.Failed, reason, image?.PageWidth ?? 0, image?.PageHeight ?? 0);

    /// <summary>Ends and frees the engines. Do not call while a <see cref="Recognize"/> enumeration is running.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        while (idle.TryTake(out var engine)) engine.Dispose();
    }
}
