using System.Reflection;
using System.Text;

namespace StrategyMiner.Repair.Language;

/// <summary>
/// The project's own clean Swedish text (corpus/language/*.txt, embedded in this assembly): regional
/// development and public administration prose, one paragraph a line. Every tenth paragraph (by a
/// hash of its text, so the split never depends on order) is held out: the default model is built
/// without it and the benchmark measures on it.
/// </summary>
public static class SwedishCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> AllParagraphs = new(Load);

    /// <summary>All paragraphs, in file order.</summary>
    public static IReadOnlyList<string> Paragraphs => AllParagraphs.Value;

    /// <summary>The paragraphs the default model learns from.</summary>
    public static IEnumerable<string> Training => Paragraphs.Where(p => !IsHeldOut(p));

    /// <summary>The paragraphs kept out of every model, for measuring.</summary>
    public static IEnumerable<string> HeldOut => Paragraphs.Where(IsHeldOut);

    /// <summary>Whether a paragraph belongs to the held-out tenth.</summary>
    public static bool IsHeldOut(string paragraph)
    {
        // FNV-1a over UTF-16 code units: stable across runs and platforms.
        var hash = 2166136261u;
        foreach (var c in paragraph)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash % 10 == 3;
    }

    private static IReadOnlyList<string> Load()
    {
        var assembly = typeof(SwedishCorpus).Assembly;
        var paragraphs = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("corpus/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                line = line.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                paragraphs.Add(line);
            }
        }
        return paragraphs;
    }
}
