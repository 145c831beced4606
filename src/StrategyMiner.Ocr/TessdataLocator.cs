namespace StrategyMiner.Ocr;

/// <summary>Finds the folder holding Tesseract's <c>*.traineddata</c> files.</summary>
internal static class TessdataLocator
{
    private static readonly string[] KnownRoots =
    [
        "/usr/share/tesseract-ocr", "/usr/local/share/tesseract-ocr", "/usr/share", "/usr/local/share",
        "/opt/homebrew/share", "/opt/local/share",
    ];

    /// <summary>
    /// The first folder with <c>{language}.traineddata</c>: the configured path, then
    /// <c>TESSDATA_PREFIX</c> (Tesseract 5 points it at the folder itself, older versions at its
    /// parent, so both are tried), then the folders distributions install to.
    /// </summary>
    public static string Find(string? configured, string language)
    {
        var tried = new List<string>();
        foreach (var folder in Candidates(configured))
        {
            tried.Add(folder);
            if (File.Exists(Path.Combine(folder, language + ".traineddata"))) return folder;
        }
        throw new OcrUnavailableException(
            $"Tesseract language data '{language}.traineddata' not found (looked in {string.Join(", ", tried.Distinct(StringComparer.Ordinal))}); " +
            $"run `./build.sh setup` to install tesseract-ocr-{language}, or set TESSDATA_PREFIX.");
    }

    private static IEnumerable<string> Candidates(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit folder is the only place looked at: a wrong setting should say so, not be papered over.
            yield return configured;
            yield break;
        }
        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        if (!string.IsNullOrWhiteSpace(prefix))
        {
            yield return prefix;
            yield return Path.Combine(prefix, "tessdata");
        }
        foreach (var root in KnownRoots)
        {
            if (!Directory.Exists(root)) continue;
            yield return Path.Combine(root, "tessdata");
            // Debian and Ubuntu put it under a version folder: /usr/share/tesseract-ocr/5/tessdata.
            IEnumerable<string> versions;
            try
            {
                versions = Directory.GetDirectories(root).OrderDescending(StringComparer.Ordinal).ToArray();
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var version in versions)
                if (char.IsDigit(Path.GetFileName(version)[0]))
                    yield return Path.Combine(version, "tessdata");
        }
    }
}
