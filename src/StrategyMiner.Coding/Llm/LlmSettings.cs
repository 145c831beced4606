using System.Text.Json;

namespace StrategyMiner.Coding;

/// <summary>
/// Where the optional LLM coder sends its requests: any OpenAI-compatible chat-completions
/// endpoint (OpenAI, Azure OpenAI's /openai/v1/, Ollama, vLLM, llama.cpp server). Read from
/// the environment (STRATEGYMINER_LLM_ENDPOINT, _MODEL, _API_KEY) over the user's config file
/// (~/.config/strategyminer/llm.json). The key is never printed: <see cref="ToString"/> leaves it out.
/// </summary>
public sealed record LlmSettings(Uri Endpoint, string Model, string? ApiKey)
{
    /// <summary>Environment variable for the endpoint (base URL ending in /v1).</summary>
    public const string EndpointVariable = "STRATEGYMINER_LLM_ENDPOINT";

    /// <summary>Environment variable for the model name.</summary>
    public const string ModelVariable = "STRATEGYMINER_LLM_MODEL";

    /// <summary>Environment variable for the API key (optional for local servers).</summary>
    public const string ApiKeyVariable = "STRATEGYMINER_LLM_API_KEY";

    /// <summary>Requests in flight at once.</summary>
    public int MaxParallelRequests { get; init; } = 4;

    /// <summary>Retries of a request that got 429, a 5xx or no answer.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First wait before a retry; doubled for each further retry.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest a single request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests per passage when the reply is not valid JSON (the first plus re-asks).</summary>
    public int MaxFormatAttempts { get; init; } = 3;

    /// <summary>Suggestions below this confidence are dropped.</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Upper bound on reply tokens.</summary>
    public int MaxOutputTokens { get; init; } = 800;

    /// <summary>The user's config file: $XDG_CONFIG_HOME/strategyminer/llm.json or ~/.config/strategyminer/llm.json.</summary>
    public static string DefaultConfigPath
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            var root = string.IsNullOrWhiteSpace(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config")
                : xdg;
            return Path.Combine(root, "strategyminer", "llm.json");
        }
    }

    /// <summary>The settings from environment and config file.</summary>
    /// <exception cref="LlmConfigurationException">No endpoint or model is configured, or the config file is unreadable.</exception>
    public static LlmSettings Load(string? configPath = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        configPath ??= DefaultConfigPath;
        string? endpoint = null, model = null, key = null;
        var parallel = 4;
        if (File.Exists(configPath))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(configPath));
                var root = doc.RootElement;
                endpoint = Get(root, "endpoint");
                model = Get(root, "model");
                key = Get(root, "apiKey") ?? Get(root, "api_key");
                if (root.TryGetProperty("maxParallelRequests", out var p) && p.TryGetInt32(out var n) && n > 0) parallel = n;
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                throw new LlmConfigurationException($"cannot read LLM config {configPath}: {ex.Message.Split('.')[0]}");
            }
        }
        endpoint = NonEmpty(environment(EndpointVariable)) ?? endpoint;
        model = NonEmpty(environment(ModelVariable)) ?? model;
        key = NonEmpty(environment(ApiKeyVariable)) ?? key;
        if (endpoint is null || model is null)
            throw new LlmConfigurationException(
                $"the LLM coder is not configured: set {EndpointVariable} and {ModelVariable} (and {ApiKeyVariable} if the server needs a key), or write {{\"endpoint\", \"model\", \"apiKey\"}} to {configPath}");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new LlmConfigurationException($"LLM endpoint \"{endpoint}\" is not an http(s) URL (expected e.g. http://localhost:11434/v1)");
        return new LlmSettings(uri, model, key) { MaxParallelRequests = parallel };
    }

    private static string? Get(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Model and endpoint, never the key.</summary>
    public override string ToString() => $"{Model} at {Endpoint}{(ApiKey is null ? "" : " (with API key)")}";
}
