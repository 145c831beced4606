namespace StrategyMiner.Pipeline;

/// <summary>How a run behaves.</summary>
public sealed record RunOptions
{
    /// <summary>Region to attach when a file's name does not reveal it.</summary>
    public string? Region { get; init; }

    /// <summary>Documents extracted at once (each worker holds one document's text).</summary>
    public int ExtractionWorkers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Passages coded per transaction: a kill loses at most one batch.</summary>
    public int CodingBatchSize { get; init; } = 256;
}
