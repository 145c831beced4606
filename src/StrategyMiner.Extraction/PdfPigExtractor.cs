using System.Globalization;
using StrategyMiner.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace StrategyMiner.Extraction;

/// <summary>
/// Reads born-digital PDFs with PdfPig's document layout analysis:
/// <list type="number">
/// <item>words from letters by nearest-neighbour grouping (<c>NearestNeighbourWordExtractor</c>);</item>
/// <item>blocks and lines by the Docstrum algorithm (L. O'Gorman, "The Document Spectrum for Page
/// Layout Analysis", IEEE PAMI 15(11), 1993) via <c>DocstrumBoundingBoxes</c>;</item>
/// <item>reading order, column by column, by spatial reasoning over Allen's interval relations
/// (M. Aiello, C. Monz, L. Todoran, M. Worring, "Document understanding for a broad class of
/// documents", IJDAR 5(1), 2002) via <c>UnsupervisedReadingOrderDetector</c>.</item>
/// </list>
/// Then, across the document: running headers, footers and page numbers are dropped (text that
/// repeats at the same height in the top or bottom 12 % of pages, digits folded); blocks are split
/// into paragraphs; end-of-line hyphenation is undone (<see cref="Text.Hyphenation"/>); headings are
/// recognised by size and weight; and a paragraph that stops without closing punctuation is marked
/// <see cref="TextBlock.EndsOpen"/> so the next block (next column or page) can continue it.
/// </summary>
/// <remarks>
/// Pages are processed one at a time; only their lines are kept until the document-wide steps run.
/// A page without any letter comes back with no blocks (a candidate for OCR). A page PdfPig fails on
/// comes back <see cref="PageStatus.Failed"/> with the reason; when every page fails, or the file
/// cannot be opened, the whole file is rejected with <see cref="InputRejectedException"/>.
/// Thread-safe: each call uses its own state.
/// </remarks>
public sealed class PdfPigExtractor : IDocumentExtractor
{
    /// <summary>Pages above which a file is rejected unread: far more than any strategy, so probably the wrong file.</summary>
    public const int DefaultMaxPages = 1000;

    private readonly int _maxPages;

    /// <summary>An extractor that rejects files of more than <paramref name="maxPages"/> pages.</summary>
    public PdfPigExtractor(int maxPages = DefaultMaxPages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        _maxPages = maxPages;
    }

    /// <inheritdoc />
    public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
    {
        PdfFileCheck.ThrowIfNotPdf(path);

        PdfDocument document;
        int pageCount;
        string? title;
        // From a stream, not the path: PdfDocument.Open(path) reads the whole file into memory first.
        using var file = File.OpenRead(path);
        try
        {
            document = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Rejection(e, path);
        }

        using (document)
        {
            try
            {
                pageCount = document.NumberOfPages;
                title = string.IsNullOrWhiteSpace(document.Information?.Title) ? null : document.Information.Title.Trim();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw Rejection(e, path);
            }
            if (pageCount == 0)
            {
                throw new InputRejectedException("corrupt PDF: no pages");
            }
            if (pageCount > _maxPages)
            {
                throw new InputRejectedException(string.Create(CultureInfo.InvariantCulture,
                    $"{pageCount:N0} pages, more than the limit of {_maxPages:N0} for one document (a strategy has tens to a few hundred; raise the limit with --max-pages)"));
            }

            var reader = new PageLayoutReader();
            var pages = new List<LayoutPage>(pageCount);
            Exception? firstFailure = null;
            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    pages.Add(reader.Read(document.GetPage(number)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (e is PdfDocumentEncryptedException) throw Rejection(e, path);
                    firstFailure ??= e;
                    pages.Add(new LayoutPage(number, 0, 0, false) { Failure = $"could not read page: {Short(e)}" });
                }
            }
            if (firstFailure is not null && pages.All(p => p.Failure is not null))
            {
                throw Rejection(firstFailure, path);
            }

            RunningTextFilter.Apply(pages);
            return new ExtractedDocument(pageCount, title, BlockAssembler.Assemble(pages));
        }
    }

    private static InputRejectedException Rejection(Exception e, string path) => e switch
    {
        PdfDocumentEncryptedException => new InputRejectedException("encrypted (password protected)", e),
        _ when PdfFileCheck.LooksTruncated(path) => new InputRejectedException($"corrupt PDF: truncated (no %%EOF at the end): {Short(e)}", e),
        _ => new InputRejectedException($"corrupt PDF: {Short(e)}", e),
    };

    /// <summary>The first line of the message, without a trailing full stop, at most 160 characters.</summary>
    private static string Short(Exception e)
    {
        var message = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
        if (message.Length == 0) message = e.GetType().Name;
        return message.Length <= 160 ? message : message[..157] + "...";
    }
}
