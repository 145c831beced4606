using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StrategyMiner.Review.Tests;

/// <summary>A fixture store served by a real <see cref="ReviewServer"/> on a free port, with an HttpClient that behaves like the page.</summary>
internal sealed partial class ReviewHarness : IAsyncDisposable
{
    private ReviewHarness(ReviewFixture data, ReviewServer server, HttpClient http, string csrf)
    {
        Data = data;
        Server = server;
        Http = http;
        Csrf = csrf;
    }

    public ReviewFixture Data { get; }
    public ReviewServer Server { get; }
    public HttpClient Http { get; }
    public string Csrf { get; }

    public static async Task<ReviewHarness> StartAsync(IPageImageRenderer? renderer = null)
    {
        var data = new ReviewFixture();
        var server = await ReviewServer.StartAsync(new ReviewServerOptions { DatabasePath = data.DatabasePath, Port = 0, PageRenderer = renderer }, CancellationToken.None);
        var http = new HttpClient { BaseAddress = server.Url };
        var html = await http.GetStringAsync("/");
        var csrf = CsrfMeta().Match(html).Groups[1].Value;
        Assert.That(csrf, Has.Length.EqualTo(64), "the page carries the CSRF secret");
        return new ReviewHarness(data, server, http, csrf);
    }

    [GeneratedRegex("""<meta name="sm-csrf" content="([0-9a-f]+)">""")]
    private static partial Regex CsrfMeta();

    public async Task<JsonNode> GetJson(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<(int Status, JsonNode Body)> Post(string path, object body, bool csrf = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)) };
        if (csrf) request.Headers.Add("X-StrategyMiner-CSRF", Csrf);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }

    /// <summary>A decision as the page sends it.</summary>
    public Task<(int Status, JsonNode Body)> Decide(string key, string action, int version, string reviewer, string[]? codes = null, string? comment = null) =>
        Post($"/api/passages/{ReviewFixture.Id(key)}/decision", new { action, codes, comment, version, reviewer });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Data.Dispose();
    }
}
