namespace StrategyMiner.Store;

/// <summary>A passage as stored, with the document facts a citation needs.</summary>
public sealed record StoredPassage(
    string Id, string DocumentId, string FileName, string? Region, int Ordinal, IReadOnlyList<int> Pages,
    string Heading, string Source, string Text, double? Confidence)
{
    /// <summary>The strategy's title, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The year the strategy was adopted, when known.</summary>
    public int? Year { get; init; }

    /// <summary>Codes the local and LLM coders disagree on (empty when they agree or only one coded).</summary>
    public IReadOnlyList<string> Disputed { get; init; } = [];
}
