using System.Globalization;

namespace StrategyMiner.Export;

/// <summary>
/// Sorts region names the way a Swedish reader expects: å, ä, ö after z (Örebro, Östergötland last).
/// Uses the sv-SE culture's collation on purpose — the one place where culture-sensitive comparison
/// is wanted; ordinal order would put Ä before Å, and the invariant culture files Å and Ä under A.
/// Ties (names equal under the collation) fall back to ordinal, so the order is total and stable.
/// </summary>
internal static class SwedishOrder
{
    private static readonly CompareInfo Swedish = CultureInfo.GetCultureInfo("sv-SE").CompareInfo;

    public static readonly IComparer<string> Comparer = Comparer<string>.Create((a, b) =>
    {
        var c = Swedish.Compare(a, b, CompareOptions.None);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    });

    /// <summary>"Dalarna, Gotland, Kalmar" — distinct names in Swedish order, like the national compilation's footnotes.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Distinct(StringComparer.Ordinal).Order(Comparer));
}
