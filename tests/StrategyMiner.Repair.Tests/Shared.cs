namespace StrategyMiner.Repair.Tests;

/// <summary>One default repairer for the read-only tests (building it expands the lexicon once).</summary>
internal static class Shared
{
    private static readonly Lazy<SwedishRepairer> Default = new(SwedishRepairer.CreateDefault);

    /// <summary>A repairer nothing has been learned into; never call Learn on it.</summary>
    public static SwedishRepairer Repairer => Default.Value;
}
