namespace StrategyMiner.Coding;

/// <summary>
/// A training row: the text and one Boolean label column per code, so every per-code binary
/// trainer reads its own label column from the same featurised data.
/// </summary>
internal sealed class TrainingRow
{
    public string Text { get; set; } = "";
    public bool T1 { get; set; }
    public bool T2 { get; set; }
    public bool T3 { get; set; }
    public bool T4 { get; set; }
    public bool T5 { get; set; }
    public bool T6 { get; set; }
    public bool T7 { get; set; }
    public bool T8 { get; set; }
    public bool T9 { get; set; }
    public bool EKO { get; set; }
    public bool SOC { get; set; }
    public bool MIL { get; set; }

    public static TrainingRow From(LabeledPassage p) => new()
    {
        Text = p.Text,
        T1 = p.Has("T1"), T2 = p.Has("T2"), T3 = p.Has("T3"), T4 = p.Has("T4"), T5 = p.Has("T5"),
        T6 = p.Has("T6"), T7 = p.Has("T7"), T8 = p.Has("T8"), T9 = p.Has("T9"),
        EKO = p.Has("EKO"), SOC = p.Has("SOC"), MIL = p.Has("MIL"),
    };
}
