namespace StrategyMiner.Export;

/// <summary>An export the user asked for cannot be done as asked (bad option, missing folder); the message is one line.</summary>
public sealed class ExportException(string message) : Exception(message);
