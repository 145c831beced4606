namespace StrategyMiner.Coding;

/// <summary>The LLM endpoint kept failing, so the run stopped; what was coded before is kept.</summary>
public sealed class LlmUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
