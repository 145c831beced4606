using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace StrategyMiner.Coding.Tests;

/// <summary>
/// An OpenAI-protocol server on loopback that serves POST /v1/chat/completions from a script of
/// replies (content, or an HTTP status), records every request, and reports token usage.
/// </summary>
internal sealed class FakeChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly Task _loop;

    public FakeChatServer()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public sealed record Reply(string? Content, HttpStatusCode Status = HttpStatusCode.OK, int PromptTokens = 120, int CompletionTokens = 30, string? RetryAfter = null);

    public sealed record Request(string Path, string? Authorization, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>The reply given when the script is empty.</summary>
    public Reply? Fallback { get; set; }

    public FakeChatServer Then(string content, int promptTokens = 120, int completionTokens = 30)
    {
        _script.Enqueue(new Reply(content, HttpStatusCode.OK, promptTokens, completionTokens));
        return this;
    }

    public FakeChatServer ThenStatus(HttpStatusCode status, string? retryAfter = null)
    {
        _script.Enqueue(new Reply(null, status, RetryAfter: retryAfter));
        return this;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            try
            {
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                Requests.Enqueue(new Request(context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
                var reply = _script.TryDequeue(out var r) ? r : Fallback ?? new Reply(null, HttpStatusCode.InternalServerError);
                var response = context.Response;
                response.StatusCode = (int)reply.Status;
                if (reply.RetryAfter is not null) response.AddHeader("Retry-After", reply.RetryAfter);
                var json = context.Request.Url.AbsolutePath != "/v1/chat/completions"
                    ? """{"error": {"message": "not found"}}"""
                    : reply.Status == HttpStatusCode.OK ? Completion(reply) : """{"error": {"message": "scripted failure", "type": "server_error"}}""";
                if (context.Request.Url.AbsolutePath != "/v1/chat/completions") response.StatusCode = 404;
                var bytes = Encoding.UTF8.GetBytes(json);
                response.ContentType = "application/json";
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
                response.Close();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
        }
    }

    private static string Completion(Reply reply) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_763_900_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = reply.PromptTokens, completion_tokens = reply.CompletionTokens, total_tokens = reply.PromptTokens + reply.CompletionTokens },
    });

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
