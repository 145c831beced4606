namespace StrategyMiner.Review;

// The page, script and styles are embedded in the assembly: no files to deploy, no build step.
internal sealed class StaticAssets
{
    private readonly Dictionary<string, (byte[] Body, string Type)> _files = new(StringComparer.Ordinal);

    public StaticAssets(string csrfSecret)
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            var path = name["wwwroot".Length..];
            // The secret is hex, so it cannot break out of the attribute it goes into.
            if (path == "/index.html") text = text.Replace("{{csrf}}", csrfSecret, StringComparison.Ordinal);
            _files[path] = (System.Text.Encoding.UTF8.GetBytes(text), TypeOf(path));
        }
    }

    public IEnumerable<string> Paths => _files.Keys;

    public (byte[] Body, string Type) this[string path] => _files[path];

    private static string TypeOf(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
