using System.Text.Encodings.Web;
using System.Text.Json;

namespace StrategyMiner.Store;

internal static class Json
{
    // Readable Swedish in the database file: å/ä/ö are written as themselves, not \u00e5.
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("Unexpected null in stored JSON.");
}
