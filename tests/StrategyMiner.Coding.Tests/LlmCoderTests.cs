using System.Net;
using StrategyMiner.Coding;
using StrategyMiner.Store;

namespace StrategyMiner.Coding.Tests;

public sealed class LlmCoderTests
{
    private const string Text = "Strategin genomförs genom fyra handlingsplaner. Varje år samlar konferensen ”Värmland 2040” kommuner, näringsliv och civilsamhälle för att följa upp arbetet.";

    private static StoredPassage Passage(string id = "p1", string text = Text) =>
        new(id, "doc1", "varmland.pdf", "Värmland", 0, [3], "Genomförande", "text", text, null);

    private static LlmSettings Settings(FakeChatServer server) => new(server.BaseUrl, "test-model", "sk-test-secret")
    {
        InitialBackoff = TimeSpan.FromMilliseconds(5),
        MaxRetries = 2,
        MaxParallelRequests = 1,
    };

    private const string Good = """{"codes": [{"code": "T1", "confidence": 0.92, "quote": "genomförs genom fyra handlingsplaner"}, {"code": "T8", "confidence": 0.8, "quote": "konferensen \"Värmland 2040\" kommuner"}]}""";

    [Test]
    public void GoodReplyGivesCodesWithQuotesAndCountsTokens()
    {
        using var server = new FakeChatServer().Then(Good, promptTokens: 1500, completionTokens: 60);
        using var coder = new LlmCoder(Settings(server));

        var result = coder.Code([Passage()]);

        Assert.That(result.Single().Suggestions.Select(s => (s.Code, s.Confidence)), Is.EqualTo(new[] { ("T1", 0.92), ("T8", 0.8) }));
        Assert.That(result[0].Suggestions[0].Quote, Is.EqualTo("genomförs genom fyra handlingsplaner"));
        Assert.That(coder.Usage.PromptTokens, Is.EqualTo(1500));
        Assert.That(coder.Usage.CompletionTokens, Is.EqualTo(60));
        Assert.That(coder.Usage.Requests, Is.EqualTo(1));
        var request = server.Requests.Single();
        Assert.That(request.Path, Is.EqualTo("/v1/chat/completions"));
        Assert.That(request.Authorization, Is.EqualTo("Bearer sk-test-secret"));
        Assert.That(request.Json.GetProperty("model").GetString(), Is.EqualTo("test-model"));
        var messages = request.Json.GetProperty("messages");
        Assert.That(messages[0].GetProperty("content").GetString(), Does.Contain("### T6 – Territoriella perspektiv").And.Contain("Kodbok"));
        Assert.That(messages[1].GetProperty("content").GetString(), Does.Contain(Text));
        Assert.That(coder.ModelVersion, Does.Match("^test-model@p[0-9a-f]{10}$"));
    }

    [Test]
    public void MalformedJsonIsAskedAgainAndTheSecondReplyIsUsed()
    {
        using var server = new FakeChatServer()
            .Then("Här är mina koder: T1 och T8 {codes: [T1")
            .Then(Good);
        using var coder = new LlmCoder(Settings(server));

        var result = coder.Code([Passage()]);

        Assert.That(result.Single().Suggestions.Select(s => s.Code), Is.EqualTo(new[] { "T1", "T8" }));
        Assert.That(coder.Usage.MalformedReplies, Is.EqualTo(1));
        Assert.That(coder.Usage.Requests, Is.EqualTo(2));
        Assert.That(coder.Usage.PromptTokens, Is.EqualTo(240), "tokens of both requests count");
        var retry = server.Requests.Last().Json.GetProperty("messages");
        Assert.That(retry.GetArrayLength(), Is.EqualTo(4), "system, user, the bad reply, the correction");
        Assert.That(retry[3].GetProperty("content").GetString(), Does.StartWith("Svaret gick inte att tolka (not valid JSON"));
    }

    [Test]
    public void ReplyThatStaysMalformedLeavesThePassageUncoded()
    {
        using var server = new FakeChatServer().Then("nej").Then("{\"codes\": \"T1\"}").Then("```\ninte json\n```");
        using var coder = new LlmCoder(Settings(server));

        Assert.That(coder.Code([Passage()]), Is.Empty);
        Assert.That(coder.Usage.FailedPassages, Is.EqualTo(1));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void HallucinatedCodeIsRejectedAndTheRestKept()
    {
        using var server = new FakeChatServer().Then(
            """{"codes": [{"code": "T10", "confidence": 0.9, "quote": "fyra handlingsplaner"}, {"code": "KUL", "confidence": 0.7, "quote": "civilsamhälle"}, {"code": "T1", "confidence": 0.85, "quote": "fyra handlingsplaner"}]}""");
        using var coder = new LlmCoder(Settings(server));

        var result = coder.Code([Passage()]).Single();

        Assert.That(result.Suggestions.Select(s => s.Code), Is.EqualTo(new[] { "T1" }));
        Assert.That(coder.Usage.RejectedSuggestions, Is.EqualTo(2));
    }

    [Test]
    public void QuoteThatIsNotInThePassageIsRejected()
    {
        using var server = new FakeChatServer().Then(
            """{"codes": [{"code": "T2", "confidence": 0.9, "quote": "uppföljningen sker med tjugo indikatorer"}, {"code": "T3", "confidence": 0.7}, {"code": "T8", "confidence": 0.8, "quote": "Varje år samlar konferensen “Värmland 2040”"}]}""");
        using var coder = new LlmCoder(Settings(server));

        var result = coder.Code([Passage()]).Single();

        Assert.That(result.Suggestions.Select(s => s.Code), Is.EqualTo(new[] { "T8" }), "the quote with other quotation marks still matches");
        Assert.That(coder.Usage.RejectedSuggestions, Is.EqualTo(2), "invented quote and missing quote");
    }

    [Test]
    public void LowConfidenceAndOutOfRangeConfidenceAreDropped()
    {
        using var server = new FakeChatServer().Then(
            """{"codes": [{"code": "T1", "confidence": 0.2, "quote": "fyra handlingsplaner"}, {"code": "T8", "confidence": 7, "quote": "konferensen"}, {"code": "EKO", "confidence": "0.75", "quote": "näringsliv"}]}""");
        using var coder = new LlmCoder(Settings(server));

        var result = coder.Code([Passage()]).Single();

        Assert.That(result.Suggestions.Select(s => s.Code), Is.EqualTo(new[] { "EKO" }));
        Assert.That(coder.Usage.RejectedSuggestions, Is.EqualTo(1));
    }

    [Test]
    public void SecondCallForTheSamePassageComesFromTheCacheWithoutARequest()
    {
        using var temp = new TempStore();
        using var server = new FakeChatServer().Then(Good);
        using (var coder = new LlmCoder(Settings(server), temp.Store))
            Assert.That(coder.Code([Passage()]).Single().Suggestions, Has.Count.EqualTo(2));
        Assert.That(server.Requests, Has.Count.EqualTo(1));

        temp.Reopen();
        using var again = new LlmCoder(Settings(server), temp.Store);
        var result = again.Code([Passage("p2")]).Single();

        Assert.That(server.Requests, Has.Count.EqualTo(1), "no second HTTP request");
        Assert.That(result.PassageId, Is.EqualTo("p2"));
        Assert.That(result.Suggestions.Select(s => s.Code), Is.EqualTo(new[] { "T1", "T8" }));
        Assert.That(again.Usage.CacheHits, Is.EqualTo(1));
        Assert.That(again.Usage.PromptTokens, Is.Zero);
    }

    [Test]
    public void ChangedPromptOrModelMissesTheCache()
    {
        using var temp = new TempStore();
        using var server = new FakeChatServer().Then(Good).Then(Good);
        using (var coder = new LlmCoder(Settings(server), temp.Store)) coder.Code([Passage()]);
        using var other = new LlmCoder(Settings(server) with { Model = "other-model" }, temp.Store);
        other.Code([Passage()]);
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void RateLimitAndServerErrorsAreRetriedWithBackoff()
    {
        using var server = new FakeChatServer()
            .ThenStatus(HttpStatusCode.TooManyRequests, retryAfter: "0")
            .ThenStatus(HttpStatusCode.BadGateway)
            .Then(Good);
        using var coder = new LlmCoder(Settings(server));

        var result = coder.Code([Passage()]);

        Assert.That(result.Single().Suggestions, Has.Count.EqualTo(2));
        Assert.That(coder.HttpRetries, Is.EqualTo(2));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        Assert.That(server.Requests.Select(r => r.Body).Distinct().Count(), Is.EqualTo(1), "every attempt sends the same body");
    }

    [Test]
    public void EndpointThatKeepsFailingStopsTheRunAndCodesNothing()
    {
        using var server = new FakeChatServer { Fallback = new FakeChatServer.Reply(null, HttpStatusCode.ServiceUnavailable) };
        using var coder = new LlmCoder(Settings(server) with { MaxRetries = 1 });
        var passages = Enumerable.Range(0, 8).Select(i => Passage($"p{i}")).ToList();

        var ex = Assert.Throws<LlmUnavailableException>(() => coder.Code(passages));

        Assert.That(ex!.Message, Does.Contain($"failed {LlmCoder.MaxConsecutiveFailures} passages in a row").And.Contain("503"));
        Assert.That(ex.Message, Does.Not.Contain("sk-test-secret"));
        Assert.That(server.Requests, Has.Count.EqualTo(LlmCoder.MaxConsecutiveFailures * 2), "one retry each, then stop");
    }

    [Test]
    public void ClassifyWithTheLlmCoderSavesItsCodingsAndQuotes()
    {
        using var temp = new TempStore();
        var ids = temp.AddDocument("varmland.pdf", [Text]);
        using var server = new FakeChatServer().Then(Good);
        using var coder = new LlmCoder(Settings(server), temp.Store);

        Assert.That(new PassageClassifier().ClassifyPending(temp.Store, coder), Is.EqualTo(1));

        var codings = temp.Store.GetCodings(ids[0]);
        Assert.That(codings.Select(c => (c.Code, c.Method, c.Quote)), Is.EquivalentTo(new[]
        {
            ("T1", "llm", "genomförs genom fyra handlingsplaner"),
            ("T8", "llm", "konferensen \"Värmland 2040\" kommuner"),
        }));
        Assert.That(new PassageClassifier().ClassifyPending(temp.Store, coder), Is.Zero);
    }
}
