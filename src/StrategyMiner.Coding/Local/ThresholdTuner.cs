namespace StrategyMiner.Coding;

/// <summary>
/// Picks the probability threshold that maximises a code's F1 on out-of-fold predictions. Among
/// equally good thresholds the middle one is taken, which sits furthest from both edges of the
/// plateau and so generalises better than its first point.
/// </summary>
internal static class ThresholdTuner
{
    public const double Fallback = 0.5;
    private const double Lowest = 0.05, Highest = 0.90, Step = 0.01;

    public static double Tune(IReadOnlyList<float> probabilities, IReadOnlyList<bool> truth)
    {
        if (!truth.Any(t => t)) return Fallback;
        var best = -1.0;
        var bestThresholds = new List<double>();
        for (var i = 0; Lowest + i * Step <= Highest + 1e-9; i++)
        {
            var threshold = Math.Round(Lowest + i * Step, 2);
            int tp = 0, fp = 0, fn = 0;
            for (var j = 0; j < probabilities.Count; j++)
            {
                var guess = probabilities[j] >= threshold;
                if (guess && truth[j]) tp++;
                else if (guess) fp++;
                else if (truth[j]) fn++;
            }
            var f1 = 2.0 * tp / Math.Max(1, 2 * tp + fp + fn);
            if (f1 > best + 1e-12) { best = f1; bestThresholds.Clear(); }
            if (Math.Abs(f1 - best) <= 1e-12) bestThresholds.Add(threshold);
        }
        return bestThresholds[bestThresholds.Count / 2];
    }
}
