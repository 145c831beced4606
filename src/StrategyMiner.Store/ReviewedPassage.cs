namespace StrategyMiner.Store;

/// <summary>A passage a reviewer decided, as training data for the coder.</summary>
/// <param name="Status"><c>approved</c> or <c>rejected</c>.</param>
/// <param name="Codes">The final codes after review; empty when rejected.</param>
/// <param name="SuggestedCodes">What the coders had suggested.</param>
public sealed record ReviewedPassage(string PassageId, string Text, string Status, IReadOnlyList<string> Codes, IReadOnlyList<string> SuggestedCodes);
