using System.Globalization;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export;

/// <summary>Checks of what the user typed on the command line, each failing with one clear line (<see cref="ExportException"/>).</summary>
public static class ExportArguments
{
    /// <summary>One of <paramref name="allowed"/> (case-insensitive), e.g. --format md|html.</summary>
    public static string Choose(string option, string? value, params string[] allowed)
    {
        var match = allowed.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw new ExportException($"unknown {option} '{value}'; use {Alternatives(allowed)}");
    }

    /// <summary>A code id of the codebook, case-insensitive ("t6" → "T6").</summary>
    public static string ParseCode(string value, CodebookDefinition codebook)
    {
        var id = value.Trim().ToUpperInvariant();
        return codebook.Contains(id) ? id
            : throw new ExportException($"unknown --code '{value}'; use {Alternatives(codebook.Codes.Select(c => c.Id).ToArray())}");
    }

    /// <summary>A dimension id of the codebook (EKO, SOC, MIL), case-insensitive.</summary>
    public static string ParseDimension(string value, CodebookDefinition codebook)
    {
        var id = value.Trim().ToUpperInvariant();
        var dimensions = codebook.Dimensions.Select(c => c.Id).ToArray();
        return dimensions.Contains(id, StringComparer.Ordinal) ? id
            : throw new ExportException($"unknown --dimension '{value}'; use {Alternatives(dimensions)}");
    }

    /// <summary>
    /// The stored region a user means: "Region Dalarna", "dalarna" and "Vastra Gotaland" find
    /// "Dalarna" and "Västra Götaland" (case and accents ignored, an initial "Region " dropped).
    /// </summary>
    public static string ResolveRegion(string value, IReadOnlyCollection<string> regions)
    {
        var wanted = value.Trim();
        if (wanted.StartsWith("Region ", StringComparison.OrdinalIgnoreCase)) wanted = wanted[7..].Trim();
        var exact = regions.FirstOrDefault(r => string.Equals(r, wanted, StringComparison.Ordinal));
        if (exact is not null) return exact;
        var loose = regions.Where(r => CultureInfo.InvariantCulture.CompareInfo.Compare(r, wanted, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0).ToList();
        if (loose.Count == 1) return loose[0];
        if (regions.Count == 0) throw new ExportException($"no region '{value}': the store has no documents yet");
        throw new ExportException($"no region '{value}' in the store; regions: {SwedishOrder.List(regions)}");
    }

    /// <summary>The full path of an output file whose folder exists; not a folder itself.</summary>
    public static string ResolveOutput(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ExportException("--out needs a file name");
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ExportException($"--out {path} is a folder; give a file name, e.g. {Path.Combine(path, "evidens.csv")}");
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder)) throw new ExportException($"cannot write {full}: folder {folder} does not exist");
        return full;
    }

    private static string Alternatives(IReadOnlyList<string> allowed) =>
        allowed.Count == 1 ? allowed[0] : string.Join(", ", allowed.Take(allowed.Count - 1)) + " or " + allowed[^1];
}
