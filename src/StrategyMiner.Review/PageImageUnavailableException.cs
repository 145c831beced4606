namespace StrategyMiner.Review;

/// <summary>A page image cannot be shown; the message is one Swedish line for the reviewer.</summary>
public sealed class PageImageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
