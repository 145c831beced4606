using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace StrategyMiner.Repair.Lexicon;

/// <summary>
/// Swedish word forms (lower-cased) with what each may be used as, indexed by skeleton so that a
/// stripped token finds every form it may stand for. Built from hunspell-sv (expanded with
/// <see cref="HunspellExpander"/>), wswedish and Tesseract's swe word list when present, and cached on
/// disk keyed by the sources' sizes and times, so only the first use on a machine pays for expansion.
/// Immutable once built: safe to share between threads.
/// </summary>
public sealed class SwedishLexicon
{
    private const int CacheFormat = 6;
    private readonly Dictionary<string, WordRoles> _words;
    private readonly Dictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<string, string[]> _diacriticFormsBySkeleton;

    private SwedishLexicon(Dictionary<string, WordRoles> words, string description)
    {
        _words = words;
        _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var bySkeleton = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in words.Keys)
        {
            if (!Skeleton.HasDiacritic(word)) continue;
            var skeleton = Skeleton.Of(word);
            if (!bySkeleton.TryGetValue(skeleton, out var list)) bySkeleton[skeleton] = list = new List<string>(2);
            list.Add(word);
        }
        _diacriticFormsBySkeleton = bySkeleton.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        Description = description;
    }

    /// <summary>Where the forms came from, for messages and benchmark reports.</summary>
    public string Description { get; }

    /// <summary>Number of distinct forms.</summary>
    public int Count => _words.Count;

    /// <summary>The roles of a lower-cased form (<see cref="WordRoles.None"/> when unknown).</summary>
    public WordRoles Roles(ReadOnlySpan<char> lower) => _wordsBySpan.TryGetValue(lower, out var roles) ? roles : WordRoles.None;

    /// <summary>Forms with diacritics whose skeleton is <paramref name="skeleton"/> (the plain form is looked up with <see cref="Roles"/>).</summary>
    public IReadOnlyList<string> DiacriticForms(string skeleton) =>
        _diacriticFormsBySkeleton.TryGetValue(skeleton, out var forms) ? forms : [];

    /// <summary>A lexicon from explicit forms (tests, and the fallback when no system dictionary is installed).</summary>
    public static SwedishLexicon FromWords(IEnumerable<(string Word, WordRoles Roles)> forms, string description)
    {
        var words = new Dictionary<string, WordRoles>(StringComparer.Ordinal);
        foreach (var (word, roles) in forms) Add(words, word, roles);
        return new SwedishLexicon(words, description);
    }

    /// <summary>
    /// Loads the installed Swedish word lists (cached). When hunspell-sv is missing it says so once on
    /// standard error and goes on with what there is.
    /// </summary>
    public static SwedishLexicon LoadInstalled(LexiconSources? sources = null, TextWriter? log = null)
    {
        sources ??= LexiconSources.Default;
        log ??= Console.Error;
        var present = sources.Present();
        if (!File.Exists(sources.HunspellDic) || !File.Exists(sources.HunspellAff))
            log.WriteLine($"note: hunspell-sv not found at {sources.HunspellDic}; OCR repair falls back to wswedish and its own Swedish text (install hunspell-sv for better coverage).");

        var cachePath = CachePath(sources, present);
        if (cachePath is not null && TryReadCache(cachePath) is { } cached)
            return new SwedishLexicon(cached, Describe(present));

        var words = new Dictionary<string, WordRoles>(1 << 20, StringComparer.Ordinal);
        if (File.Exists(sources.HunspellDic) && File.Exists(sources.HunspellAff))
            HunspellExpander.Expand(sources.HunspellAff, sources.HunspellDic, (w, r) => Add(words, w, r));
        if (File.Exists(sources.WordList))
            foreach (var w in ReadLinesUtf8OrLatin1(sources.WordList))
                Add(words, w.Trim(), WordRoles.Word | WordRoles.WordList);
        foreach (var w in TesseractWords(sources.TesseractSwe))
        {
            // Tesseract's list was gathered from the web and holds stripped forms ("fran", "battre"):
            // take as new words only forms that cannot be a stripped spelling of something else; for
            // the rest it only marks known words as common.
            var lower = w.ToLowerInvariant();
            if (Skeleton.HasDiacritic(lower)) Add(words, w, WordRoles.Word | WordRoles.WordList | WordRoles.Common);
            else if (words.TryGetValue(lower, out var roles)) words[lower] = roles | WordRoles.Common;
        }

        if (cachePath is not null) TryWriteCache(cachePath, words);
        return new SwedishLexicon(words, Describe(present));
    }

    private static string Describe(IReadOnlyList<string> present) =>
        present.Count == 0 ? "no system word lists" : string.Join(", ", present);

    private static void Add(Dictionary<string, WordRoles> words, string word, WordRoles roles)
    {
        if (word.Length == 0 || word.Length > 60) return;
        var lower = word.ToLowerInvariant();
        foreach (var c in lower)
            if (!char.IsLetter(c) && c != '-' && c != ':' && c != '\'') return;
        // Only hunspell's capitalisation is reliable enough to tell names from words.
        if ((roles & WordRoles.Hunspell) != 0 && !char.IsUpper(word[0])) roles |= WordRoles.LowerCase;
        words[lower] = words.TryGetValue(lower, out var old) ? old | roles : roles;
    }

    private static IEnumerable<string> ReadLinesUtf8OrLatin1(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(bytes); }
        return text.Split('\n');
    }

    // Tesseract keeps its word list as a DAWG inside the traineddata; unpack it with the tools the
    // tesseract-ocr package installs. Optional: any failure just means one list fewer.
    private static IEnumerable<string> TesseractWords(string traineddata)
    {
        if (!File.Exists(traineddata)) return [];
        var dir = Path.Combine(Path.GetTempPath(), "strategyminer-swe-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(dir);
            var prefix = Path.Combine(dir, "swe.");
            if (!Run("combine_tessdata", ["-u", traineddata, prefix])) return [];
            var output = Path.Combine(dir, "words.txt");
            if (!Run("dawg2wordlist", [prefix + "lstm-unicharset", prefix + "lstm-word-dawg", output]) || !File.Exists(output)) return [];
            return File.ReadAllLines(output, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return [];
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool Run(string tool, string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(info);
            if (p is null) return false;
            p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(60_000)) { p.Kill(true); return false; }
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string? CachePath(LexiconSources sources, IReadOnlyList<string> present)
    {
        var root = sources.CacheDirectory;
        if (root is null) return null;
        var key = new StringBuilder().Append(CacheFormat);
        foreach (var file in new[] { sources.HunspellDic, sources.HunspellAff, sources.WordList, sources.TesseractSwe })
        {
            var info = new FileInfo(file);
            key.Append('|').Append(file).Append('|');
            if (info.Exists) key.Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks);
        }
        _ = present;
        return Path.Combine(root, "lexicon-sv-" + StrategyMiner.Text.TextNormalizer.Hash(16, key.ToString()) + ".txt.gz");
    }

    private static Dictionary<string, WordRoles>? TryReadCache(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            if (reader.ReadLine() is not { } header || !int.TryParse(header, out var count)) return null;
            var words = new Dictionary<string, WordRoles>(count, StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var tab = line.LastIndexOf('\t');
                if (tab <= 0) return null;
                words[line[..tab]] = (WordRoles)ushort.Parse(line.AsSpan(tab + 1));
            }
            return words.Count == count ? words : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or OverflowException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryWriteCache(string path, Dictionary<string, WordRoles> words)
    {
        var temp = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new GZipStream(File.Create(temp), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                writer.Write(words.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Write('\n');
                foreach (var (word, roles) in words)
                {
                    writer.Write(word);
                    writer.Write('\t');
                    writer.Write(((ushort)roles).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.Write('\n');
                }
            }
            File.Move(temp, path, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
