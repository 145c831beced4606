namespace StrategyMiner.Coding;

/// <summary>What the LLM coder has spent and rejected so far (thread-safe counters).</summary>
public sealed class LlmUsage
{
    private long _promptTokens, _completionTokens, _requests, _cacheHits, _retriedReplies, _rejected, _failed;

    /// <summary>Prompt (input) tokens reported by the endpoint.</summary>
    public long PromptTokens => Interlocked.Read(ref _promptTokens);

    /// <summary>Completion (output) tokens reported by the endpoint.</summary>
    public long CompletionTokens => Interlocked.Read(ref _completionTokens);

    /// <summary>Chat requests that reached the endpoint and got a reply.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Passages answered from the cache without a request.</summary>
    public long CacheHits => Interlocked.Read(ref _cacheHits);

    /// <summary>Replies that were not valid JSON and were asked again.</summary>
    public long MalformedReplies => Interlocked.Read(ref _retriedReplies);

    /// <summary>Suggestions dropped: unknown code, quote not in the passage, bad confidence.</summary>
    public long RejectedSuggestions => Interlocked.Read(ref _rejected);

    /// <summary>Passages left uncoded because every attempt failed.</summary>
    public long FailedPassages => Interlocked.Read(ref _failed);

    internal void AddTokens(int prompt, int completion)
    {
        Interlocked.Add(ref _promptTokens, prompt);
        Interlocked.Add(ref _completionTokens, completion);
        Interlocked.Increment(ref _requests);
    }

    internal void AddCacheHit() => Interlocked.Increment(ref _cacheHits);
    internal void AddMalformed() => Interlocked.Increment(ref _retriedReplies);
    internal void AddRejected(int n) => Interlocked.Add(ref _rejected, n);
    internal void AddFailed() => Interlocked.Increment(ref _failed);

    /// <summary>One line for the terminal.</summary>
    public override string ToString() =>
        $"{Requests} requests, {CacheHits} cached, {PromptTokens} prompt + {CompletionTokens} completion tokens, {MalformedReplies} malformed replies re-asked, {RejectedSuggestions} suggestions rejected, {FailedPassages} passages failed";
}
