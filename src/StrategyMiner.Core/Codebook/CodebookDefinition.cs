using System.Reflection;
using System.Text.Json;

namespace StrategyMiner.Codebook;

/// <summary>The codebook: the nine question themes and three dimensions, read from <c>prompts/codebook.json</c>.</summary>
public sealed class CodebookDefinition
{
    private readonly Dictionary<string, Code> _byId;

    private CodebookDefinition(string version, IReadOnlyList<Code> codes)
    {
        Version = version;
        Codes = codes;
        _byId = codes.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The codebook version (changes when definitions change).</summary>
    public string Version { get; }

    /// <summary>All codes, themes first, in codebook order.</summary>
    public IReadOnlyList<Code> Codes { get; }

    /// <summary>T1–T9.</summary>
    public IEnumerable<Code> Themes => Codes.Where(c => c.Kind == CodeKind.Theme);

    /// <summary>EKO, SOC, MIL.</summary>
    public IEnumerable<Code> Dimensions => Codes.Where(c => c.Kind == CodeKind.Dimension);

    /// <summary>True when the id names a code of this codebook (case-sensitive).</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The code with that id.</summary>
    public Code this[string id] => _byId.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException($"Unknown code '{id}'.");

    // Declared before Default: static initialisers run in text order.
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The codebook shipped with the program (embedded copy of <c>prompts/codebook.json</c>).</summary>
    public static CodebookDefinition Default { get; } = LoadEmbedded();

    /// <summary>Reads a codebook JSON file.</summary>
    public static CodebookDefinition Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads a codebook from JSON.</summary>
    public static CodebookDefinition Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<CodebookFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The codebook is empty.");
        var codes = file.Codes.Select(c => new Code(
            c.Code, c.Kind == "dimension" ? CodeKind.Dimension : CodeKind.Theme, c.Name, c.Question, c.Definition,
            c.Include ?? [], c.Exclude ?? [], c.Examples ?? [])).ToList();
        return new CodebookDefinition(file.Version, codes);
    }

    private static CodebookDefinition LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("codebook.json")
            ?? throw new InvalidOperationException("codebook.json is not embedded.");
        return Read(stream);
    }

    private sealed class CodebookFile
    {
        public string Version { get; set; } = "";
        public List<CodeEntry> Codes { get; set; } = [];
    }

    private sealed class CodeEntry
    {
        public string Code { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public string Question { get; set; } = "";
        public string Definition { get; set; } = "";
        public List<string>? Include { get; set; }
        public List<string>? Exclude { get; set; }
        public List<string>? Examples { get; set; }
    }
}
