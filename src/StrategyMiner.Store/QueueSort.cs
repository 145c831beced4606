namespace StrategyMiner.Store;

/// <summary>The order of the review queue.</summary>
public enum QueueSort
{
    /// <summary>Passages the two coders disagree on first, then the lowest suggestion confidence first.</summary>
    Priority,
    /// <summary>Lowest suggestion confidence first.</summary>
    LowestConfidence,
    /// <summary>Region, document, reading order.</summary>
    DocumentOrder,
    /// <summary>Most recently decided first; undecided last.</summary>
    RecentlyDecided,
}
