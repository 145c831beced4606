using System.ClientModel;
using System.ClientModel.Primitives;
using System.Security.Cryptography;
using System.Text;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;
using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Coding;

/// <summary>
/// The optional coder that asks an LLM (through Semantic Kernel's OpenAI connector, so any
/// OpenAI-compatible endpoint works). Each passage gets one chat request at temperature 0 asking
/// for JSON with codes, confidences and a verbatim quote; replies are checked against the
/// codebook and the passage, malformed ones are asked again, and accepted replies are cached in
/// the store by model, prompt version and passage text, so a rerun costs no tokens.
/// </summary>
public sealed class LlmCoder : IPassageCoder, IDisposable
{
    /// <summary>The method name recorded with LLM codings.</summary>
    public const string MethodName = "llm";

    /// <summary>Consecutive failed passages after which the run stops instead of trying every passage.</summary>
    public const int MaxConsecutiveFailures = 5;

    private readonly LlmSettings _settings;
    private readonly LlmPrompts _prompts;
    private readonly EvidenceStore? _cache;
    private readonly object _cacheLock = new();
    private readonly HttpClient _http;
    private readonly RetryHandler _retry;
    private readonly Kernel _kernel;
    private readonly IChatCompletionService _chat;
    private int _consecutiveFailures;

    /// <summary>A coder for the configured endpoint.</summary>
    /// <param name="settings">Endpoint, model and key.</param>
    /// <param name="cache">Store whose response cache is used; null for no caching.</param>
    /// <param name="prompts">Prompts (default: the embedded ones).</param>
    /// <param name="handler">HTTP handler under the retry handler (tests); default a new SocketsHttpHandler.</param>
    public LlmCoder(LlmSettings settings, EvidenceStore? cache = null, LlmPrompts? prompts = null, HttpMessageHandler? handler = null)
    {
        _settings = settings;
        _prompts = prompts ?? new LlmPrompts();
        _cache = cache;
        _retry = new RetryHandler(settings.MaxRetries, settings.InitialBackoff, settings.ApiKey, handler ?? new SocketsHttpHandler());
        _http = new HttpClient(_retry) { Timeout = settings.RequestTimeout };
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            Transport = new HttpClientPipelineTransport(_http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0), // RetryHandler does it, with the backoff documented there
            NetworkTimeout = settings.RequestTimeout,
        };
        // Local servers (Ollama, llama.cpp) ignore the key but the client requires one.
        var client = new OpenAIClient(new ApiKeyCredential(settings.ApiKey ?? "no-key"), options);
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(settings.Model, client);
        _kernel = builder.Build();
        _chat = _kernel.GetRequiredService<IChatCompletionService>();
    }

    /// <inheritdoc />
    public string Method => MethodName;

    /// <inheritdoc />
    public string ModelVersion => $"{_settings.Model}@{_prompts.Version}";

    /// <summary>Tokens, requests, cache hits and rejections so far.</summary>
    public LlmUsage Usage { get; } = new();

    /// <summary>HTTP retries after 429/5xx/network errors so far.</summary>
    public int HttpRetries => _retry.Retries;

    /// <summary>
    /// Codes the passages, several requests at a time. A passage whose every attempt failed is
    /// left out of the result (it stays pending); after <see cref="MaxConsecutiveFailures"/>
    /// failures in a row the endpoint is taken to be down and <see cref="LlmUnavailableException"/> is thrown.
    /// </summary>
    public IReadOnlyList<CodingResult> Code(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default) =>
        CodeAsync(passages, cancellationToken).GetAwaiter().GetResult();

    /// <summary>The asynchronous form of <see cref="Code"/>.</summary>
    public async Task<IReadOnlyList<CodingResult>> CodeAsync(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default)
    {
        var results = new CodingResult?[passages.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, passages.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _settings.MaxParallelRequests), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                try
                {
                    results[i] = new CodingResult(passages[i].Id, await CodePassageAsync(passages[i], ct).ConfigureAwait(false));
                    Interlocked.Exchange(ref _consecutiveFailures, 0);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    Usage.AddFailed();
                    if (Interlocked.Increment(ref _consecutiveFailures) >= MaxConsecutiveFailures)
                        throw new LlmUnavailableException($"the LLM at {_settings.Endpoint} failed {MaxConsecutiveFailures} passages in a row; last error: {Describe(ex)}", ex);
                }
            }).ConfigureAwait(false);
        return results.Where(r => r is not null).Select(r => r!).ToList();
    }

    /// <summary>The suggestions for one passage (from the cache when possible).</summary>
    public async Task<IReadOnlyList<CodeSuggestion>> CodePassageAsync(StoredPassage passage, CancellationToken cancellationToken = default)
    {
        var key = CacheKey(passage.Text);
        string? cached;
        lock (_cacheLock) cached = _cache?.GetCachedResponse(key);
        if (cached is not null)
        {
            try
            {
                var fromCache = LlmReply.Parse(cached, passage.Text, _prompts.Codebook, _settings.MinConfidence);
                Usage.AddCacheHit();
                Usage.AddRejected(fromCache.Rejected.Count);
                return fromCache.Accepted;
            }
            catch (LlmFormatException)
            {
                // A cache entry that no longer parses is ignored and replaced below.
            }
        }

        var history = new ChatHistory();
        history.AddSystemMessage(_prompts.System);
        history.AddUserMessage(_prompts.User(passage.Heading, passage.Text));
        var execution = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            ResponseFormat = "json_object",
            MaxTokens = _settings.MaxOutputTokens,
        };
        string problem = "";
        for (var attempt = 1; attempt <= Math.Max(1, _settings.MaxFormatAttempts); attempt++)
        {
            var reply = await _chat.GetChatMessageContentAsync(history, execution, _kernel, cancellationToken).ConfigureAwait(false);
            var (prompt, completion) = Tokens(reply);
            Usage.AddTokens(prompt, completion);
            var content = reply.Content ?? "";
            try
            {
                var checkedReply = LlmReply.Parse(content, passage.Text, _prompts.Codebook, _settings.MinConfidence);
                Usage.AddRejected(checkedReply.Rejected.Count);
                lock (_cacheLock) _cache?.PutCachedResponse(key, content, prompt, completion);
                return checkedReply.Accepted;
            }
            catch (LlmFormatException ex)
            {
                problem = ex.Message;
                Usage.AddMalformed();
                history.AddAssistantMessage(content);
                history.AddUserMessage($"Svaret gick inte att tolka ({ex.Message}). Svara igen med enbart JSON-objektet {{\"codes\": [...]}} enligt instruktionen.");
            }
        }
        throw new InvalidDataException($"no valid JSON from the LLM after {_settings.MaxFormatAttempts} attempts: {problem}");
    }

    /// <summary>Cache key: model, prompt version and the SHA-256 of the passage text.</summary>
    public string CacheKey(string text) =>
        $"llm|{_settings.Model}|{_prompts.Version}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";

    private static (int Prompt, int Completion) Tokens(ChatMessageContent reply)
    {
        if (reply.Metadata is not null && reply.Metadata.TryGetValue("Usage", out var usage) && usage is ChatTokenUsage u)
            return (u.InputTokenCount, u.OutputTokenCount);
        return (0, 0);
    }

    private static string Describe(Exception ex) => ex switch
    {
        HttpOperationException h when h.StatusCode is { } code => $"HTTP {(int)code} {code}",
        _ => ex.Message.Split('\n')[0],
    };

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
