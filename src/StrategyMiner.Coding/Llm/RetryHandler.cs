using System.Net;

namespace StrategyMiner.Coding;

/// <summary>
/// Retries requests that failed for reasons that pass: 429 (rate limit), 5xx and network
/// errors, with exponential backoff (initial × 2^n, plus up to 20 % jitter so parallel
/// requests do not retry in lock-step). A Retry-After header, when given, is honoured up to one
/// minute. The request body is buffered once so every attempt sends the same bytes.
/// </summary>
internal sealed class RetryHandler(int maxRetries, TimeSpan initialBackoff, string? azureApiKey, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>Retries performed so far (for reporting and tests).</summary>
    public int Retries => _retries;

    private int _retries;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            using var copy = Copy(request, body);
            HttpResponseMessage? response = null;
            try
            {
                response = await base.SendAsync(copy, cancellationToken).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode) || attempt >= maxRetries) return response;
            }
            catch (HttpRequestException) when (attempt < maxRetries)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested && attempt < maxRetries)
            {
                // HttpClient's per-request timeout, not the caller's cancellation.
            }
            var delay = Delay(attempt, response);
            response?.Dispose();
            Interlocked.Increment(ref _retries);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Delay(int attempt, HttpResponseMessage? response)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta < MaxRetryAfter ? delta : MaxRetryAfter;
        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < MaxRetryAfter ? wait : MaxRetryAfter;
        }
        var backoff = initialBackoff.TotalMilliseconds * Math.Pow(2, attempt);
        return TimeSpan.FromMilliseconds(backoff * (1 + 0.2 * Random.Shared.NextDouble()));
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        if (azureApiKey is not null && IsAzure(request.RequestUri) && !copy.Headers.Contains("api-key"))
            copy.Headers.TryAddWithoutValidation("api-key", azureApiKey); // Azure OpenAI takes keys in this header, not as a bearer token
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        foreach (var option in request.Options) copy.Options.TryAdd(option.Key, option.Value);
        return copy;
    }

    private static bool IsAzure(Uri? uri) => uri is not null &&
        (uri.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase));
}
