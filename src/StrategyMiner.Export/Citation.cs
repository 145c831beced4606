using StrategyMiner.Store;

namespace StrategyMiner.Export;

/// <summary>Citations as Swedish report writers give them: "Region Dalarna, Dalastrategin 2030, s. 14–15".</summary>
public static class Citation
{
    /// <summary>
    /// "Region {region}, {title}, s. {pages}". The file name stands in for a missing title; the
    /// region part is left out when the region is unknown, the page part when no page is known.
    /// </summary>
    public static string Format(StoredPassage passage)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(passage.Region))
            parts.Add(passage.Region.StartsWith("Region ", StringComparison.Ordinal) ? passage.Region : "Region " + passage.Region);
        parts.Add(string.IsNullOrWhiteSpace(passage.Title) ? passage.FileName : passage.Title);
        var pages = Pages(passage.Pages);
        if (pages.Length > 0) parts.Add("s. " + pages);
        return string.Join(", ", parts);
    }

    /// <summary>
    /// Page numbers with runs joined by an en dash: [14] → "14", [14, 15] → "14–15",
    /// [3, 4, 5, 9] → "3–5, 9". Empty for no pages.
    /// </summary>
    public static string Pages(IReadOnlyList<int> pages)
    {
        var sorted = pages.Distinct().Order().ToList();
        var runs = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            runs.Add(i == j ? Invariant(sorted[i]) : $"{Invariant(sorted[i])}–{Invariant(sorted[j])}");
            i = j + 1;
        }
        return string.Join(", ", runs);
    }

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
