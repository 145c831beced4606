namespace StrategyMiner.Pipeline;

/// <summary>Expands the command line's files and folders into the files of a batch.</summary>
public static class InputFiles
{
    /// <summary>
    /// Folders are searched recursively for *.pdf (any case); files named directly are taken as
    /// they are, whatever their extension, so a misnamed file is reported rather than ignored.
    /// Paths that do not exist come back too: the run reports them as failures.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true })
                    .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(full);
            }
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
