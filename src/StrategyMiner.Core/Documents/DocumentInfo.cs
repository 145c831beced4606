namespace StrategyMiner.Documents;

/// <summary>A strategy document as stored.</summary>
/// <param name="Id">Content hash of the file (first 16 hex digits of its SHA-256).</param>
/// <param name="FileName">The file's name, which also keys a document across revisions.</param>
/// <param name="Region">The region whose strategy it is ("Dalarna"), when known.</param>
/// <param name="Title">The strategy's title, when known.</param>
/// <param name="Year">The year the strategy was adopted, when known.</param>
/// <param name="PageCount">Pages in the PDF.</param>
public sealed record DocumentInfo(string Id, string FileName, string? Region, string? Title, int? Year, int PageCount);
