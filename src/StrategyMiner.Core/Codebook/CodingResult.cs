namespace StrategyMiner.Codebook;

/// <summary>What one coder said about one passage: the codes it suggests (possibly none).</summary>
/// <param name="PassageId">The passage's stable id.</param>
/// <param name="Suggestions">Codes at or above the coder's threshold for that code.</param>
public sealed record CodingResult(string PassageId, IReadOnlyList<CodeSuggestion> Suggestions);
