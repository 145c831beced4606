namespace StrategyMiner.Extraction;

/// <summary>Reads a PDF's text layer into pages of paragraphs and headings with provenance.</summary>
public interface IDocumentExtractor
{
    /// <summary>Extracts every page of the PDF at <paramref name="path"/>.</summary>
    /// <exception cref="StrategyMiner.Documents.InputRejectedException">The file is missing, empty, not a
    /// PDF, encrypted or too damaged to read; the reason is one line for the user.</exception>
    ExtractedDocument Extract(string path, CancellationToken cancellationToken = default);
}
