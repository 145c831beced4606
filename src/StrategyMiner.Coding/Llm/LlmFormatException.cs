namespace StrategyMiner.Coding;

/// <summary>A reply that is not the JSON object the prompt asks for.</summary>
internal sealed class LlmFormatException(string message) : Exception(message);
