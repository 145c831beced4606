namespace StrategyMiner.Coding;

/// <summary>The LLM coder is not (correctly) configured; the message says what to set.</summary>
public sealed class LlmConfigurationException(string message) : Exception(message);
