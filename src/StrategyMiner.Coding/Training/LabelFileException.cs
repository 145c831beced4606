namespace StrategyMiner.Coding;

/// <summary>A labels file that cannot be used; the message names the file and line.</summary>
public sealed class LabelFileException(string message, string path, int line) : Exception(message)
{
    /// <summary>The file.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line, or 0 when the problem is the file as a whole.</summary>
    public int Line { get; } = line;
}
