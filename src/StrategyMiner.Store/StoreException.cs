namespace StrategyMiner.Store;

/// <summary>The store cannot be opened or used; the message is one line for the user.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
