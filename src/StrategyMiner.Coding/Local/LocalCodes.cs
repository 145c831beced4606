using StrategyMiner.Codebook;

namespace StrategyMiner.Coding;

/// <summary>The codes the local model predicts, in column order (must match the codebook and <see cref="TrainingRow"/>).</summary>
public static class LocalCodes
{
    internal const string ProbabilitiesColumn = "Probabilities";

    /// <summary>T1–T9, EKO, SOC, MIL.</summary>
    public static IReadOnlyList<string> All { get; } = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "EKO", "SOC", "MIL"];

    /// <summary>Fails when the codebook's codes are not exactly the ones the model has columns for.</summary>
    internal static void EnsureMatches(CodebookDefinition codebook)
    {
        var ids = codebook.Codes.Select(c => c.Id).ToList();
        if (!ids.SequenceEqual(All, StringComparer.Ordinal))
            throw new InvalidOperationException(
                $"The codebook's codes ({string.Join(", ", ids)}) differ from the local model's ({string.Join(", ", All)}); update TrainingRow and LocalCodes.");
    }
}
