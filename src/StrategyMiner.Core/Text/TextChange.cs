namespace StrategyMiner.Text;

/// <summary>One edit the repair stage made.</summary>
/// <param name="Position">Character offset of <paramref name="Before"/> in the original text.</param>
/// <param name="Before">The original token.</param>
/// <param name="After">What it became.</param>
/// <param name="Score">How much more likely the repaired reading is (log-probability margin; higher is surer).</param>
public sealed record TextChange(int Position, string Before, string After, double Score);
