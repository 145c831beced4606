namespace StrategyMiner.Codebook;

/// <summary>One code of the codebook: a theme (T1–T9) or a sustainability dimension (EKO, SOC, MIL).</summary>
public sealed record Code(
    string Id,
    CodeKind Kind,
    string Name,
    string Question,
    string Definition,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string> Examples);

/// <summary>Themes answer the nine questions; dimensions are the three sustainability dimensions.</summary>
public enum CodeKind
{
    /// <summary>T1–T9.</summary>
    Theme,
    /// <summary>EKO, SOC, MIL.</summary>
    Dimension,
}
