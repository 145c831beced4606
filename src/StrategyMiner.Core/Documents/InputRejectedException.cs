namespace StrategyMiner.Documents;

/// <summary>
/// A file that cannot be ingested (missing, empty, not a PDF, corrupt, encrypted, nothing to read).
/// The message is one line for the user and names the reason, not the file (the caller adds it).
/// </summary>
public sealed class InputRejectedException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>The reason, e.g. "not a PDF (starts with 'PK')".</summary>
    public string Reason => Message;
}
