using StrategyMiner.Text;

namespace StrategyMiner.Repair;

/// <summary>The outcome of repairing one text.</summary>
/// <param name="Original">The text as it came in.</param>
/// <param name="Text">The repaired text: same lines (breaks and blank lines) as the original.</param>
/// <param name="Changes">Each edit, in order of position in <paramref name="Original"/>.</param>
public sealed record RepairResult(string Original, string Text, IReadOnlyList<TextChange> Changes);
