using Microsoft.ML.Data;

namespace StrategyMiner.Coding;

/// <summary>The model's output row: one calibrated probability per code, in <see cref="LocalCodes.All"/> order.</summary>
public sealed class CodeProbabilitiesRow
{
    /// <summary>Probabilities, 0..1.</summary>
    [ColumnName(LocalCodes.ProbabilitiesColumn)]
    public float[] Probabilities { get; set; } = [];
}
