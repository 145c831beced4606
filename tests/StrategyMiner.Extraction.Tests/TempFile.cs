namespace StrategyMiner.Extraction.Tests;

/// <summary>A file in a fresh temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string folder;

    private TempFile(string name)
    {
        folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sm-extraction-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, name);
    }

    public string Path { get; }

    public static TempFile With(byte[] bytes, string name = "strategi.pdf")
    {
        var file = new TempFile(name);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public static TempFile Missing(string name = "saknas.pdf") => new(name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
