namespace StrategyMiner.Coding;

/// <summary>A passage with the codes a person gave it: the unit of training and evaluation data.</summary>
/// <param name="Id">Unique within its file.</param>
/// <param name="Text">The passage text.</param>
/// <param name="Themes">T1–T9 codes (possibly none).</param>
/// <param name="Dims">EKO, SOC, MIL codes (possibly none).</param>
public sealed record LabeledPassage(string Id, string Text, IReadOnlyList<string> Themes, IReadOnlyList<string> Dims)
{
    /// <summary>Themes then dimensions.</summary>
    public IEnumerable<string> Codes => Themes.Concat(Dims);

    /// <summary>True when the passage carries the code.</summary>
    public bool Has(string code) => Themes.Contains(code, StringComparer.Ordinal) || Dims.Contains(code, StringComparer.Ordinal);
}
