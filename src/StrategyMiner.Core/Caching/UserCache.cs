namespace StrategyMiner.Caching;

/// <summary>
/// Where StrategyMiner keeps what it can rebuild but would rather not (the expanded Swedish
/// lexicon, trained coder models): $STRATEGYMINER_CACHE, else $XDG_CACHE_HOME/strategyminer, else
/// ~/.cache/strategyminer. Deleting the folder only costs time.
/// </summary>
public static class UserCache
{
    /// <summary>The cache folder, or null when there is no home directory to put it in.</summary>
    public static string? Directory
    {
        get
        {
            var explicitDir = Environment.GetEnvironmentVariable("STRATEGYMINER_CACHE");
            if (!string.IsNullOrWhiteSpace(explicitDir)) return explicitDir;
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (!string.IsNullOrWhiteSpace(xdg)) return Path.Combine(xdg, "strategyminer");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "strategyminer");
        }
    }
}
