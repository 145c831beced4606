namespace StrategyMiner.Store;

/// <summary>Which AI-coded passages the review queue shows. Null (or empty) fields do not filter.</summary>
/// <param name="Codes">Every one of these codes must be suggested (by the chosen coder, within the confidence range) or, when neither coder nor range is set, be among the decided codes.</param>
/// <param name="Region">The document's region, exactly.</param>
/// <param name="DocumentId">One document.</param>
/// <param name="Method">The coder: <c>local</c> or <c>llm</c>.</param>
/// <param name="MinConfidence">Lowest suggestion confidence, inclusive.</param>
/// <param name="MaxConfidence">Highest suggestion confidence, inclusive.</param>
/// <param name="Status"><c>pending</c>, <c>approved</c> or <c>rejected</c>.</param>
/// <param name="Text">Words the passage must contain (case-insensitive, Swedish letters included).</param>
public sealed record QueueFilter(
    IReadOnlyList<string>? Codes = null, string? Region = null, string? DocumentId = null, string? Method = null,
    double? MinConfidence = null, double? MaxConfidence = null, string? Status = null, string? Text = null)
{
    /// <summary>No filter: every AI-coded passage.</summary>
    public static QueueFilter All { get; } = new();
}
