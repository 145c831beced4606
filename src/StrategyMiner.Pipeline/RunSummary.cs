using StrategyMiner.Store;

namespace StrategyMiner.Pipeline;

/// <summary>What a run did.</summary>
public sealed record RunSummary
{
    /// <summary>Files ingested (new or resumed) in this run.</summary>
    public int Ingested { get; init; }

    /// <summary>Files already in the store unchanged: no work done.</summary>
    public int Unchanged { get; init; }

    /// <summary>Revised files that replaced an earlier revision.</summary>
    public int Revised { get; init; }

    /// <summary>Review decisions carried over to revised files (passage text unchanged).</summary>
    public int CarriedOverDecisions { get; init; }

    /// <summary>Decisions on passages a revision no longer has (kept with the old revision).</summary>
    public int DecisionsOnRemovedPassages { get; init; }

    /// <summary>Pages read by OCR in this run.</summary>
    public int PagesOcr { get; init; }

    /// <summary>Pages repaired in this run.</summary>
    public int PagesRepaired { get; init; }

    /// <summary>Passages coded in this run, per coder.</summary>
    public IReadOnlyDictionary<string, int> Coded { get; init; } = new Dictionary<string, int>();

    /// <summary>Files that failed, with reasons.</summary>
    public IReadOnlyList<FileFailure> Failures { get; init; } = [];

    /// <summary>Pages that could not be read (OCR failure or timeout), as "file p. N: reason".</summary>
    public IReadOnlyList<string> PageProblems { get; init; } = [];

    /// <summary>The store's counts after the run.</summary>
    public required StoreStatus Status { get; init; }
}
