using StrategyMiner.Caching;

namespace StrategyMiner.Repair.Lexicon;

/// <summary>Where the Swedish word lists are on this machine and where their expansion is cached.</summary>
/// <param name="HunspellDic">hunspell-sv's sv_SE.dic.</param>
/// <param name="HunspellAff">hunspell-sv's sv_SE.aff.</param>
/// <param name="WordList">wswedish's plain word list (UTF-8 or Latin-1).</param>
/// <param name="TesseractSwe">Tesseract's swe.traineddata (its word list is unpacked when the tools are there).</param>
/// <param name="CacheDirectory">Folder for the expanded list, or null for no cache.</param>
public sealed record LexiconSources(string HunspellDic, string HunspellAff, string WordList, string TesseractSwe, string? CacheDirectory)
{
    /// <summary>Debian's locations; cache under $STRATEGYMINER_CACHE, $XDG_CACHE_HOME/strategyminer or ~/.cache/strategyminer.</summary>
    public static LexiconSources Default { get; } = new(
        "/usr/share/hunspell/sv_SE.dic",
        "/usr/share/hunspell/sv_SE.aff",
        "/usr/share/dict/swedish",
        FindTessdata(),
        UserCache.Directory);

    /// <summary>Names of the sources that exist here.</summary>
    public IReadOnlyList<string> Present()
    {
        var list = new List<string>();
        if (File.Exists(HunspellDic) && File.Exists(HunspellAff)) list.Add("hunspell-sv");
        if (File.Exists(WordList)) list.Add("wswedish");
        if (File.Exists(TesseractSwe)) list.Add("tesseract swe word list");
        return list;
    }

    private static string FindTessdata()
    {
        var prefix = Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(prefix)) candidates.Add(Path.Combine(prefix, "swe.traineddata"));
        candidates.Add("/usr/share/tesseract-ocr/5/tessdata/swe.traineddata");
        candidates.Add("/usr/share/tesseract-ocr/4.00/tessdata/swe.traineddata");
        candidates.Add("/usr/share/tessdata/swe.traineddata");
        return candidates.FirstOrDefault(File.Exists) ?? candidates[^1];
    }
}
