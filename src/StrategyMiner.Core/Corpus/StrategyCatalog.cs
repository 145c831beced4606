using System.Globalization;
using System.Reflection;
using System.Text;

namespace StrategyMiner.Corpus;

/// <summary>
/// The 21 strategies of <c>corpus/strategies.csv</c>, used to attach region, title and year to an
/// ingested file by its name or its PDF title.
/// </summary>
public sealed class StrategyCatalog
{
    private StrategyCatalog(IReadOnlyList<StrategyEntry> entries) => Entries = entries;

    /// <summary>All strategies, in file order.</summary>
    public IReadOnlyList<StrategyEntry> Entries { get; }

    /// <summary>The catalog shipped with the program.</summary>
    public static StrategyCatalog Default { get; } = LoadEmbedded();

    /// <summary>The entry for a region name ("Dalarna", "Region Dalarna", "dalarna"), if any.</summary>
    public StrategyEntry? ForRegion(string region)
    {
        var key = Fold(region.StartsWith("Region ", StringComparison.OrdinalIgnoreCase) ? region[7..] : region);
        return Entries.FirstOrDefault(e => Fold(e.Region) == key);
    }

    /// <summary>
    /// Finds the strategy a file belongs to from its name or title, e.g. "region-dalarna-rus.pdf" or
    /// "Vastra_Gotaland.pdf". Longest region name wins, so "Västra Götaland" is not read as "Götaland".
    /// </summary>
    public StrategyEntry? Match(params string?[] hints)
    {
        foreach (var hint in hints)
        {
            if (string.IsNullOrWhiteSpace(hint)) continue;
            var folded = " " + Fold(hint) + " ";
            var hit = Entries
                .Select(e => (Entry: e, Words: Fold(e.Region).Split(' ')))
                .Where(x => x.Words.All(w => folded.Contains(" " + w + " ", StringComparison.Ordinal))
                            || folded.Contains(" " + string.Concat(x.Words) + " ", StringComparison.Ordinal))
                .OrderByDescending(x => x.Entry.Region.Length)
                .Select(x => x.Entry)
                .FirstOrDefault();
            if (hit is not null) return hit;
        }
        return null;
    }

    /// <summary>Reads a strategies CSV with columns region,title,year.</summary>
    public static StrategyCatalog Read(TextReader reader)
    {
        var entries = new List<StrategyEntry>();
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("region,title,year", StringComparison.Ordinal))
            throw new InvalidDataException("strategies.csv must start with the header 'region,title,year'.");
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var fields = SplitCsv(line);
            entries.Add(new StrategyEntry(fields[0], fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture)));
        }
        return new StrategyCatalog(entries);
    }

    private static StrategyCatalog LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("strategies.csv")
            ?? throw new InvalidOperationException("strategies.csv is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    // Folds case, diacritics and separators so "Västra_Götaland" and "vastra gotaland" compare equal.
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // The catalog is a small, fixed file: quoted fields with commas are all it needs.
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
