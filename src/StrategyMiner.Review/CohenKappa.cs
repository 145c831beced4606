namespace StrategyMiner.Review;

// Cohen's kappa for two raters over the same items (Cohen 1960, "A coefficient of agreement for
// nominal scales"): κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is the observed agreement and pₑ the
// agreement expected by chance from each rater's category frequencies.
internal static class CohenKappa
{
    // κ for paired ratings; null when there are none or when chance agreement is already 1 (both always said the same single category).
    public static double? Compute<T>(IReadOnlyList<(T A, T B)> ratings) where T : notnull
    {
        if (ratings.Count == 0) return null;
        double n = ratings.Count;
        var observed = ratings.Count(r => EqualityComparer<T>.Default.Equals(r.A, r.B)) / n;
        var a = ratings.GroupBy(r => r.A).ToDictionary(g => g.Key, g => g.Count() / n);
        var b = ratings.GroupBy(r => r.B).ToDictionary(g => g.Key, g => g.Count() / n);
        var expected = a.Sum(kv => kv.Value * b.GetValueOrDefault(kv.Key));
        if (expected >= 1 - 1e-12) return null;
        return (observed - expected) / (1 - expected);
    }

    // Share of items both raters put in the same category; null when there are none.
    public static double? Agreement<T>(IReadOnlyList<(T A, T B)> ratings) where T : notnull =>
        ratings.Count == 0 ? null : ratings.Count(r => EqualityComparer<T>.Default.Equals(r.A, r.B)) / (double)ratings.Count;
}
