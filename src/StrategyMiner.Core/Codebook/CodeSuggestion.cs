namespace StrategyMiner.Codebook;

/// <summary>A code a coder suggests for a passage.</summary>
/// <param name="Code">The code id (T1–T9, EKO, SOC, MIL).</param>
/// <param name="Confidence">Calibrated probability, 0..1.</param>
/// <param name="Quote">For the LLM coder: the words of the passage that justify the code.</param>
public sealed record CodeSuggestion(string Code, double Confidence, string? Quote = null);
