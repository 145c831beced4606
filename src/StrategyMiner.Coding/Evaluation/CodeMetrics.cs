namespace StrategyMiner.Coding;

/// <summary>Precision, recall and F1 of one code over a set of passages.</summary>
/// <param name="TruePositives">Passages with the code that got it.</param>
/// <param name="FalsePositives">Passages without the code that got it.</param>
/// <param name="FalseNegatives">Passages with the code that did not get it.</param>
public sealed record CodeMetrics(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Passages that carry the code in the gold labels.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when the code never occurs.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN); 0 when undefined.</summary>
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>False when the code neither occurs nor was predicted, so its F1 says nothing.</summary>
    public bool IsDefined => TruePositives + FalsePositives + FalseNegatives > 0;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
