using System.Text.Json.Nodes;

namespace StrategyMiner.Review.Tests;

public class QueueApiTests
{
    private static IEnumerable<TestCaseData> Filters()
    {
        yield return new TestCaseData("code=T3", new[] { "samverkan" }).SetName("Theme filter keeps passages with that suggestion");
        yield return new TestCaseData("code=T2", new[] { "uppfoljning", "styrgrupp" }).SetName("Theme filter T2");
        yield return new TestCaseData("dimension=SOC", new[] { "samverkan", "folkhalsa" }).SetName("Dimension filter");
        yield return new TestCaseData("code=T6&dimension=EKO", new[] { "kompetens" }).SetName("Theme and dimension must both be suggested");
        yield return new TestCaseData("region=G%C3%A4vleborg", new[] { "klimat", "folkhalsa", "styrgrupp" }).SetName("Region filter with å ä ö");
        yield return new TestCaseData("coder=llm", new[] { "samverkan", "uppfoljning", "kompetens", "folkhalsa" }).SetName("Coder filter");
        yield return new TestCaseData("min=0.9", new[] { "samverkan", "uppfoljning", "kompetens", "klimat" }).SetName("Lowest confidence");
        yield return new TestCaseData("max=0,5", new[] { "klimat" }).SetName("Highest confidence with a Swedish decimal comma");
        yield return new TestCaseData("code=T6&min=0.95&coder=local", new[] { "kompetens" }).SetName("Code, confidence and coder together");
        yield return new TestCaseData("code=T3&min=0.9&coder=llm", Array.Empty<string>()).SetName("Confidence applies to the chosen coder's suggestion");
        yield return new TestCaseData("q=KOMPETENSF%C3%96RS%C3%96RJNINGEN", new[] { "kompetens" }).SetName("Text search ignores case, also for Ö");
        yield return new TestCaseData("q=%E2%80%9Dtillsammans%E2%80%9D", new[] { "samverkan" }).SetName("Text search with typographic quotes");
    }

    [TestCaseSource(nameof(Filters))]
    public async Task Queue_filter_returns_exactly_the_matching_passages(string query, string[] expected)
    {
        await using var h = await ReviewHarness.StartAsync();
        var page = await h.GetJson($"/api/queue?{query}");
        var keys = page["items"]!.AsArray().Select(i => ReviewFixture.KeyOf(i!["passageId"]!.GetValue<string>())).ToList();
        Assert.That(keys, Is.EquivalentTo(expected));
        Assert.That(page["total"]!.GetValue<int>(), Is.EqualTo(expected.Length));
    }

    [Test]
    public async Task Queue_filter_by_document_keeps_that_document_only()
    {
        await using var h = await ReviewHarness.StartAsync();
        var page = await h.GetJson($"/api/queue?document={h.Data.DalarnaId}");
        var keys = page["items"]!.AsArray().Select(i => ReviewFixture.KeyOf(i!["passageId"]!.GetValue<string>()));
        Assert.That(keys, Is.EquivalentTo(new[] { "samverkan", "uppfoljning", "kompetens", "xss" }));
    }

    [Test]
    public async Task Default_order_puts_coder_disagreement_first_then_lowest_confidence()
    {
        await using var h = await ReviewHarness.StartAsync();
        var page = await h.GetJson("/api/queue");
        var items = page["items"]!.AsArray();
        Assert.That(items.Select(i => ReviewFixture.KeyOf(i!["passageId"]!.GetValue<string>())), Is.EqualTo(ReviewFixture.PriorityOrder),
            "the passage the coders found nothing in is not in the queue");
        Assert.That(items[0]!["disputed"]!.AsArray().Select(x => x!.GetValue<string>()), Is.EqualTo(new[] { "EKO" }));
        Assert.That(items[0]!["minConfidence"]!.GetValue<double>(), Is.EqualTo(0.62).Within(1e-9));
        Assert.That(items[0]!["codes"]!.AsArray().Select(x => x!.GetValue<string>()), Is.EqualTo(new[] { "T6", "EKO" }), "pending passages list the suggested codes");
    }

    [Test]
    public async Task Confidence_sort_ignores_disagreement_and_paging_splits_the_list()
    {
        await using var h = await ReviewHarness.StartAsync();
        var first = await h.GetJson("/api/queue?sort=confidence&limit=3");
        var second = await h.GetJson("/api/queue?sort=confidence&limit=3&offset=3");
        var keys = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => ReviewFixture.KeyOf(i!["passageId"]!.GetValue<string>()));
        Assert.That(keys, Is.EqualTo(new[] { "klimat", "xss", "samverkan", "kompetens", "styrgrupp", "folkhalsa" }));
        Assert.That(first["total"]!.GetValue<int>(), Is.EqualTo(7));
    }

    [Test]
    public async Task Status_filter_and_counts_follow_decisions()
    {
        await using var h = await ReviewHarness.StartAsync();
        Assert.That((await h.Decide("klimat", "accept", 0, "Anna")).Status, Is.EqualTo(200));
        Assert.That((await h.Decide("folkhalsa", "reject", 0, "Anna")).Status, Is.EqualTo(200));

        var approved = await h.GetJson("/api/queue?status=approved");
        Assert.That(approved["items"]!.AsArray().Select(i => ReviewFixture.KeyOf(i!["passageId"]!.GetValue<string>())), Is.EqualTo(new[] { "klimat" }));
        Assert.That((await h.GetJson("/api/queue?status=pending"))["total"]!.GetValue<int>(), Is.EqualTo(5));

        var counts = await h.GetJson("/api/counts");
        Assert.That(Count(counts["total"]!), Is.EqualTo((5, 1, 1)));
        Assert.That(Count(await h.GetJson("/api/totals")), Is.EqualTo((5, 1, 1)), "the header's cheaper totals agree");
        var byCode = counts["byCode"]!.AsArray().ToDictionary(c => c!["key"]!.GetValue<string>());
        Assert.That(Count(byCode["MIL"]!), Is.EqualTo((0, 1, 0)));
        Assert.That(Count(byCode["SOC"]!), Is.EqualTo((1, 0, 1)), "SOC: samverkan pending, folkhälsa rejected");
        Assert.That(Count(byCode["T2"]!), Is.EqualTo((2, 0, 0)));
        Assert.That(byCode.Keys, Is.EqualTo(new[] { "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "EKO", "SOC", "MIL" }));
        var byRegion = counts["byRegion"]!.AsArray().ToDictionary(c => c!["key"]!.GetValue<string>());
        Assert.That(Count(byRegion["Gävleborg"]!), Is.EqualTo((1, 1, 1)));
        Assert.That(Count(byRegion["Dalarna"]!), Is.EqualTo((4, 0, 0)));
    }

    [TestCase("status=done", "Okänd status")]
    [TestCase("code=EKO", "”EKO” är inget tema i kodboken")]
    [TestCase("min=hög", "min måste vara ett tal mellan 0 och 1")]
    [TestCase("min=0.9&max=0.2", "större än högsta")]
    [TestCase("sort=random", "Okänd sortering")]
    public async Task Bad_filter_values_get_a_clear_message(string query, string message)
    {
        await using var h = await ReviewHarness.StartAsync();
        using var response = await h.Http.GetAsync($"/api/queue?{query}");
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), Does.Contain(message));
    }

    private static (int Pending, int Approved, int Rejected) Count(JsonNode n) =>
        (n["pending"]!.GetValue<int>(), n["approved"]!.GetValue<int>(), n["rejected"]!.GetValue<int>());
}
