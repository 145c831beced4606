using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StrategyMiner.Codebook;

namespace StrategyMiner.Coding;

/// <summary>
/// Reads and writes labelled passages as JSON Lines, one object per line:
/// <c>{"id": "...", "text": "...", "themes": ["T1"], "dims": ["EKO"]}</c>.
/// </summary>
public static class LabelFile
{
    /// <summary>Reads a labels file, checking every line against the codebook.</summary>
    /// <exception cref="LabelFileException">Missing file, bad JSON, a missing field, an unknown code or a repeated id; the message names the line.</exception>
    public static IReadOnlyList<LabeledPassage> Read(string path, CodebookDefinition? codebook = null)
    {
        if (!File.Exists(path))
            throw new LabelFileException($"labels file {path} does not exist", path, 0);
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, codebook);
    }

    /// <summary>Reads labelled passages from JSON Lines; <paramref name="name"/> is used in error messages.</summary>
    public static IReadOnlyList<LabeledPassage> Read(TextReader reader, string name, CodebookDefinition? codebook = null)
    {
        codebook ??= CodebookDefinition.Default;
        var result = new List<LabeledPassage>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var passage = ParseLine(line, name, lineNumber, codebook);
            if (seen.TryGetValue(passage.Id, out var first))
                throw new LabelFileException($"{name}:{lineNumber}: id \"{passage.Id}\" was already used on line {first}", name, lineNumber);
            seen[passage.Id] = lineNumber;
            result.Add(passage);
        }
        if (result.Count == 0)
            throw new LabelFileException($"{name}: no labelled passages (expected one JSON object per line)", name, 0);
        return result;
    }

    private static LabeledPassage ParseLine(string line, string name, int lineNumber, CodebookDefinition codebook)
    {
        LabelFileException Error(string what) => new($"{name}:{lineNumber}: {what}", name, lineNumber);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw Error($"not valid JSON ({ex.Message.Split('.')[0]})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error("expected a JSON object");
            var id = RequiredString(root, "id", Error);
            var text = RequiredString(root, "text", Error);
            var themes = Codes(root, "themes", CodeKind.Theme, codebook, Error);
            var dims = Codes(root, "dims", CodeKind.Dimension, codebook, Error);
            return new LabeledPassage(id, text, themes, dims);
        }
    }

    private static string RequiredString(JsonElement root, string property, Func<string, LabelFileException> error)
    {
        if (!root.TryGetProperty(property, out var value)) throw error($"missing \"{property}\"");
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            throw error($"\"{property}\" must be a non-empty string");
        return value.GetString()!;
    }

    private static List<string> Codes(JsonElement root, string property, CodeKind kind, CodebookDefinition codebook, Func<string, LabelFileException> error)
    {
        if (!root.TryGetProperty(property, out var value)) throw error($"missing \"{property}\" (use [] for none)");
        if (value.ValueKind != JsonValueKind.Array) throw error($"\"{property}\" must be an array of codes");
        var codes = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var code = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw error($"\"{property}\" must contain code strings");
            if (!codebook.Contains(code) || codebook[code].Kind != kind)
            {
                var allowed = string.Join(", ", (kind == CodeKind.Theme ? codebook.Themes : codebook.Dimensions).Select(c => c.Id));
                throw error($"unknown code \"{code}\" in \"{property}\" (allowed: {allowed})");
            }
            if (!codes.Contains(code, StringComparer.Ordinal)) codes.Add(code);
        }
        // Codebook order keeps files and model versions independent of how annotators listed codes.
        codes.Sort((a, b) => IndexOf(codebook, a).CompareTo(IndexOf(codebook, b)));
        return codes;
    }

    private static int IndexOf(CodebookDefinition codebook, string code)
    {
        for (var i = 0; i < codebook.Codes.Count; i++)
            if (codebook.Codes[i].Id == code) return i;
        return int.MaxValue;
    }

    /// <summary>Writes passages as JSON Lines (UTF-8, å ä ö unescaped).</summary>
    public static void Write(TextWriter writer, IEnumerable<LabeledPassage> passages)
    {
        foreach (var p in passages)
            writer.Write(JsonSerializer.Serialize(new { id = p.Id, text = p.Text, themes = p.Themes, dims = p.Dims }, WriteOptions) + "\n");
    }

    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
