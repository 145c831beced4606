using StrategyMiner.Caching;

namespace StrategyMiner.Coding;

/// <summary>
/// Trained local models on disk, addressed by version (a hash of training data and settings), so
/// a new store does not retrain what this machine has trained before. Training is the most
/// memory-hungry step of a run; a cache hit skips it.
/// </summary>
public sealed class ModelCache
{
    /// <summary>A cache in the given folder (created on first save); null disables caching.</summary>
    public ModelCache(string? directory) => Directory = directory;

    /// <summary>The cache under <see cref="UserCache.Directory"/>/models.</summary>
    public static ModelCache Default { get; } = new(UserCache.Directory is { } dir ? Path.Combine(dir, "models") : null);

    /// <summary>The folder, or null when caching is off.</summary>
    public string? Directory { get; }

    /// <summary>The cached model of this version, or null (absent, unreadable or of another version).</summary>
    public LocalCoderModel? TryLoad(string version)
    {
        if (Directory is null) return null;
        var path = PathOf(version);
        if (!File.Exists(path)) return null;
        try
        {
            var model = LocalCoderModel.Load(path);
            return string.Equals(model.Version, version, StringComparison.Ordinal) ? model : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return null; // a damaged cache entry is retrained and overwritten
        }
    }

    /// <summary>Saves a model; a cache that cannot be written is skipped silently (it is only a cache).</summary>
    public void Save(LocalCoderModel model)
    {
        if (Directory is null) return;
        var path = PathOf(model.Version);
        var temp = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            model.Save(temp);
            // Rename is atomic: a concurrent reader sees the whole file or none.
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private string PathOf(string version) => Path.Combine(Directory!, version + ".zip");
}
