using StrategyMiner.Documents;

namespace StrategyMiner.Ocr;

/// <summary>Reads the text of page images: the OCR stage.</summary>
public interface IPageRecognizer
{
    /// <summary>
    /// Recognises the given pages of a PDF and yields each page as soon as it is done, in any order,
    /// so the caller can store them one by one and show progress. Every requested page comes back
    /// exactly once: read (<see cref="PageStatus.Ok"/>, <see cref="PageSource.Ocr"/>), blank, or failed
    /// with a note saying why; one page failing never stops the others.
    /// </summary>
    /// <param name="pdfPath">The PDF file.</param>
    /// <param name="pageNumbers">1-based page numbers to read.</param>
    /// <param name="cancellationToken">Stops the run; pages already yielded stay valid.</param>
    IEnumerable<PageText> Recognize(string pdfPath, IReadOnlyList<int> pageNumbers, CancellationToken cancellationToken = default);
}
