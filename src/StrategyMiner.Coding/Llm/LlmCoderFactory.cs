using StrategyMiner.Store;

namespace StrategyMiner.Coding;

/// <summary>Builds the LLM coder from the user's configuration.</summary>
public static class LlmCoderFactory
{
    /// <summary>An LLM coder configured from the environment / ~/.config/strategyminer/llm.json, caching replies in <paramref name="store"/>.</summary>
    /// <exception cref="LlmConfigurationException">Endpoint or model not configured, or the config file is unreadable.</exception>
    public static LlmCoder FromEnvironment(EvidenceStore? store) => new(LlmSettings.Load(), store);
}
