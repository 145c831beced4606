namespace StrategyMiner.Store;

/// <summary>One reviewer's current decision on a passage of a double-coding round.</summary>
/// <param name="Status"><c>pending</c> (not decided yet, or undone), <c>approved</c> or <c>rejected</c>.</param>
/// <param name="Version">How many decisions this reviewer made on the passage in the round; the next must name it.</param>
public sealed record DoubleCodingDecision(string Reviewer, string Status, IReadOnlyList<string> Codes, string? Comment, string? At, int Version)
{
    /// <summary>True once the reviewer approved or rejected.</summary>
    public bool IsDecided => Status is "approved" or "rejected";
}
