namespace StrategyMiner.Coding;

/// <summary>The model's input row: a passage's text.</summary>
public sealed class PassageRow
{
    /// <summary>The passage text.</summary>
    public string Text { get; set; } = "";
}
