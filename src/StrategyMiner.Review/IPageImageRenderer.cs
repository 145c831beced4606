namespace StrategyMiner.Review;

/// <summary>Renders one page of a PDF as a PNG image for the review page.</summary>
public interface IPageImageRenderer
{
    /// <summary>The PNG bytes of page <paramref name="pageNumber"/> (1-based) at 100 dpi.</summary>
    /// <exception cref="PageImageUnavailableException">The page cannot be rendered; the message says why, for the reviewer.</exception>
    Task<byte[]> RenderAsync(string pdfPath, int pageNumber, CancellationToken cancellationToken);
}
