namespace StrategyMiner.Coding;

/// <summary>Metrics of one group of codes (the themes, or the dimensions).</summary>
/// <param name="PerCode">Per code, in codebook order.</param>
public sealed record GroupMetrics(IReadOnlyList<KeyValuePair<string, CodeMetrics>> PerCode)
{
    /// <summary>F1 over the pooled decisions of all codes in the group.</summary>
    public double MicroF1
    {
        get
        {
            var pooled = new CodeMetrics(PerCode.Sum(c => c.Value.TruePositives), PerCode.Sum(c => c.Value.FalsePositives), PerCode.Sum(c => c.Value.FalseNegatives));
            return pooled.F1;
        }
    }

    /// <summary>
    /// Unweighted mean of the codes' F1. A code that neither occurs nor was predicted has no F1
    /// and is left out (counting it as 0 or 1 would reward or punish nothing).
    /// </summary>
    public double MacroF1
    {
        get
        {
            var defined = PerCode.Where(c => c.Value.IsDefined).ToList();
            return defined.Count == 0 ? 0 : defined.Average(c => c.Value.F1);
        }
    }

    /// <summary>The metrics of one code.</summary>
    public CodeMetrics this[string code] => PerCode.First(c => c.Key == code).Value;
}
