using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace StrategyMiner.Review.Tests;

public class SecurityApiTests
{
    private static HttpRequestMessage DecisionRequest(ReviewHarness h, string? csrf, string contentType = "application/json")
    {
        var body = """{"action":"accept","version":0,"reviewer":"Mallory"}""";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/passages/{ReviewFixture.Id("samverkan")}/decision")
        {
            Content = new StringContent(contentType == "application/json" ? body : "action=accept&version=0&reviewer=Mallory", Encoding.UTF8, contentType),
        };
        if (csrf is not null) request.Headers.Add("X-StrategyMiner-CSRF", csrf);
        return request;
    }

    [Test]
    public async Task A_state_changing_request_without_the_csrf_header_is_403_and_changes_nothing()
    {
        await using var h = await ReviewHarness.StartAsync();
        using var response = await h.Http.SendAsync(DecisionRequest(h, null));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Error(response), Does.Contain("X-StrategyMiner-CSRF"));
        using var store = h.Data.OpenStore();
        Assert.That(store.GetReview(ReviewFixture.Id("samverkan")).Status, Is.EqualTo("pending"));
    }

    [Test]
    public async Task A_wrong_csrf_secret_is_403()
    {
        await using var h = await ReviewHarness.StartAsync();
        using var response = await h.Http.SendAsync(DecisionRequest(h, new string('0', 64)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("Origin", "http://evil.example", "annan webbplats (Origin)")]
    [TestCase("Sec-Fetch-Site", "cross-site", "annan webbplats (cross-site)")]
    public async Task A_cross_site_request_is_403_even_with_the_secret(string header, string value, string message)
    {
        await using var h = await ReviewHarness.StartAsync();
        var request = DecisionRequest(h, h.Csrf);
        request.Headers.Add(header, value);
        using var response = await h.Http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Error(response), Does.Contain(message));
    }

    [Test]
    public async Task A_same_origin_request_from_the_page_passes()
    {
        await using var h = await ReviewHarness.StartAsync();
        var request = DecisionRequest(h, h.Csrf);
        request.Headers.Add("Origin", h.Server.Url.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await h.Http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_form_post_is_refused()
    {
        await using var h = await ReviewHarness.StartAsync();
        using var withSecret = await h.Http.SendAsync(DecisionRequest(h, h.Csrf, "application/x-www-form-urlencoded"));
        Assert.That(withSecret.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        using var plain = await h.Http.SendAsync(DecisionRequest(h, null, "application/x-www-form-urlencoded"));
        Assert.That(plain.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task On_loopback_a_foreign_host_name_is_refused_against_dns_rebinding()
    {
        await using var h = await ReviewHarness.StartAsync();
        Assert.That(h.Server.Token, Is.Null, "loopback needs no token");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        request.Headers.Host = "attacker.example";
        using var response = await h.Http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        local.Headers.Host = $"localhost:{h.Server.Url.Port}";
        Assert.That((await h.Http.SendAsync(local)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Off_loopback_every_request_needs_the_token()
    {
        using var data = new ReviewFixture();
        await using var server = await ReviewServer.StartAsync(new ReviewServerOptions { DatabasePath = data.DatabasePath, Host = "0.0.0.0", Port = 0 }, CancellationToken.None);
        Assert.That(server.Token, Does.Match("^[0-9a-f]{32}$"), "128 random bits");
        var baseAddress = new Uri($"http://127.0.0.1:{server.Url.Port}/");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };

        foreach (var path in new[] { "/", "/app.js", "/api/queue" })
        {
            using var anonymous = await http.GetAsync(path);
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), path);
        }
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/queue"))
        {
            wrong.Headers.Add("X-StrategyMiner-Token", new string('a', 32));
            Assert.That((await http.SendAsync(wrong)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
        using (var header = new HttpRequestMessage(HttpMethod.Get, "/api/queue"))
        {
            header.Headers.Add("X-StrategyMiner-Token", server.Token);
            Assert.That((await http.SendAsync(header)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var link = await http.GetAsync($"/?token={server.Token}");
        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(link.Headers.Location!.ToString(), Is.EqualTo("/"), "the token leaves the address bar");
        var cookie = link.Headers.GetValues("Set-Cookie").Single();
        Assert.That(cookie, Does.StartWith($"sm_token={server.Token}").And.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/queue");
        withCookie.Headers.Add("Cookie", $"sm_token={server.Token}");
        Assert.That((await http.SendAsync(withCookie)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Pages_and_api_answers_carry_the_security_headers()
    {
        await using var h = await ReviewHarness.StartAsync();
        foreach (var path in new[] { "/", "/api/queue", "/api/nothing-here" })
        {
            using var response = await h.Http.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.That(csp, Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("script-src 'self'"), path);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), path);
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"), path);
        }
    }

    [Test]
    public async Task Passage_text_with_markup_never_reaches_the_page_as_html()
    {
        await using var h = await ReviewHarness.StartAsync();
        using var response = await h.Http.GetAsync($"/api/passages/{ReviewFixture.Id("xss")}");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(raw, Does.Not.Contain("<script>"), "HTML-sensitive characters are escaped in the JSON itself");
        Assert.That(raw, Does.Contain("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"));
        Assert.That(JsonNode.Parse(raw)!["passage"]!["text"]!.GetValue<string>(), Is.EqualTo(ReviewFixture.Texts["xss"]), "the text itself is intact");

        var html = await h.Http.GetStringAsync("/");
        Assert.That(html, Does.Not.Contain("alert(1)").And.Not.Contain("Texten"), "the HTML shell holds no document data");
        Assert.That(html.Split("<script").Length - 1, Is.EqualTo(1), "one script, loaded from the server itself");
    }

    [Test]
    public void The_page_script_never_parses_data_as_html()
    {
        var script = ReadAsset("app.js");
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "DOMParser" })
            Assert.That(script, Does.Not.Contain(sink), $"app.js must build the DOM with text nodes only, found {sink}");
        Assert.That(ReadAsset("index.html"), Does.Not.Contain("style=\"").And.Not.Contain("onclick"), "no inline styles or handlers (CSP forbids them)");
    }

    private static string ReadAsset(string name)
    {
        using var stream = typeof(ReviewServer).Assembly.GetManifestResourceStream($"wwwroot/{name}")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static async Task<string> Error(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();
}
