using System.Text.Json.Nodes;

namespace StrategyMiner.Review.Tests;

public class DecisionApiTests
{
    [Test]
    public async Task Accept_reject_recode_and_undo_change_the_store_with_an_audit_trail()
    {
        await using var h = await ReviewHarness.StartAsync();

        var accepted = await h.Decide("kompetens", "accept", 0, "Anna", comment: "tydlig – ”bra” exempel");
        Assert.That(accepted.Status, Is.EqualTo(200));
        Assert.That(Codes(accepted.Body["state"]!), Is.EqualTo(new[] { "T6", "EKO" }), "accept keeps the suggested codes");

        var rejected = await h.Decide("xss", "reject", 0, "Anna");
        Assert.That(rejected.Body["state"]!["status"]!.GetValue<string>(), Is.EqualTo("rejected"));

        var recoded = await h.Decide("klimat", "recode", 0, "Anna", ["T1", "MIL", "EKO"]);
        Assert.That(recoded.Status, Is.EqualTo(200));

        using (var store = h.Data.OpenStore())
        {
            var state = store.GetReview(ReviewFixture.Id("kompetens"));
            Assert.That((state.Status, state.Reviewer, state.Comment, state.Version), Is.EqualTo(("approved", "Anna", "tydlig – ”bra” exempel", 1)));
            Assert.That(store.GetReview(ReviewFixture.Id("xss")).Codes, Is.Empty);
            var klimat = store.GetReview(ReviewFixture.Id("klimat"));
            Assert.That((klimat.Status, string.Join(" ", klimat.Codes)), Is.EqualTo(("approved", "T1 EKO MIL")), "codes in codebook order");
            var log = store.GetReviewLog(ReviewFixture.Id("klimat")).Single();
            Assert.That((log.Action, log.Reviewer, log.Before.Status, string.Join(" ", log.Before.Codes)), Is.EqualTo(("recode", "Anna", "pending", "T4 MIL")));
        }

        var undone = await h.Decide("klimat", "undo", 1, "Anna");
        Assert.That(undone.Status, Is.EqualTo(200));
        using (var store = h.Data.OpenStore())
        {
            var klimat = store.GetReview(ReviewFixture.Id("klimat"));
            Assert.That((klimat.Status, klimat.Version), Is.EqualTo(("pending", 2)), "undo is itself a new version");
            Assert.That(store.GetReviewLog(ReviewFixture.Id("klimat")).Select(e => e.Action), Is.EqualTo(new[] { "recode", "undo" }), "nothing is removed from the log");
        }
    }

    [Test]
    public async Task Recoding_to_no_codes_rejects_the_passage()
    {
        await using var h = await ReviewHarness.StartAsync();
        var result = await h.Decide("samverkan", "recode", 0, "Anna", []);
        Assert.That(result.Body["state"]!["status"]!.GetValue<string>(), Is.EqualTo("rejected"));
    }

    [Test]
    public async Task A_decision_on_a_stale_version_gets_409_with_the_current_state_and_saves_nothing()
    {
        await using var h = await ReviewHarness.StartAsync();
        Assert.That((await h.Decide("folkhalsa", "recode", 0, "Anna", ["SOC", "T7"])).Status, Is.EqualTo(200));

        var (status, body) = await h.Decide("folkhalsa", "reject", 0, "Björn");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(body["message"]!.GetValue<string>(), Does.StartWith("Anna hann före: passagen är nu godkänd (T7 SOC)").And.Contain("Ditt beslut sparades inte"));
        Assert.That(body["state"]!["version"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(body["state"]!["reviewer"]!.GetValue<string>(), Is.EqualTo("Anna"));
        using var store = h.Data.OpenStore();
        Assert.That(store.GetReview(ReviewFixture.Id("folkhalsa")).Status, Is.EqualTo("approved"));
        Assert.That(store.GetReviewLog(ReviewFixture.Id("folkhalsa")), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Undo_never_overwrites_a_colleagues_later_decision()
    {
        await using var h = await ReviewHarness.StartAsync();
        await h.Decide("samverkan", "accept", 0, "Anna");
        await h.Decide("samverkan", "reject", 1, "Björn");

        var (status, body) = await h.Decide("samverkan", "undo", 2, "Anna");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(body["message"]!.GetValue<string>(), Does.StartWith("Björn har beslutat om passagen efter dig"));
        using var store = h.Data.OpenStore();
        Assert.That(store.GetReview(ReviewFixture.Id("samverkan")).Reviewer, Is.EqualTo("Björn"));
    }

    [Test]
    public async Task Undo_without_an_own_decision_is_refused()
    {
        await using var h = await ReviewHarness.StartAsync();
        var (status, body) = await h.Decide("samverkan", "undo", 0, "Anna");
        Assert.That(status, Is.EqualTo(400));
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("Du har inget beslut att ångra på den här passagen."));
    }

    private static IEnumerable<TestCaseData> BadDecisions()
    {
        yield return new TestCaseData(new { action = "accept", reviewer = "Anna" }, 400, "Beslutet saknar version").SetName("Decision without a version");
        yield return new TestCaseData(new { action = "accept", version = 0, reviewer = "  " }, 400, "Ange ditt namn").SetName("Decision without a reviewer");
        yield return new TestCaseData(new { action = "approve", version = 0, reviewer = "Anna" }, 400, "Okänd åtgärd ”approve”").SetName("Unknown action");
        yield return new TestCaseData(new { action = "recode", codes = new[] { "T10" }, version = 0, reviewer = "Anna" }, 400, "”T10” är ingen kod i kodboken").SetName("Unknown code");
        yield return new TestCaseData(new { action = "recode", version = 0, reviewer = "Anna" }, 400, "Koda om kräver koderna").SetName("Recode without codes");
    }

    [TestCaseSource(nameof(BadDecisions))]
    public async Task Bad_decisions_are_refused_with_a_clear_message(object request, int expectedStatus, string message)
    {
        await using var h = await ReviewHarness.StartAsync();
        var (status, body) = await h.Post($"/api/passages/{ReviewFixture.Id("samverkan")}/decision", request);
        Assert.That(status, Is.EqualTo(expectedStatus));
        Assert.That(body["error"]!.GetValue<string>(), Does.Contain(message));
        using var store = h.Data.OpenStore();
        Assert.That(store.GetReviewLog(ReviewFixture.Id("samverkan")), Is.Empty);
    }

    [Test]
    public async Task A_decision_on_an_unknown_passage_is_404()
    {
        await using var h = await ReviewHarness.StartAsync();
        var (status, body) = await h.Post("/api/passages/ffffffffffffffff/decision", new { action = "accept", version = 0, reviewer = "Anna" });
        Assert.That(status, Is.EqualTo(404));
        Assert.That(body["error"]!.GetValue<string>(), Does.Contain("Passagen finns inte"));
    }

    private static string[] Codes(JsonNode state) => state["codes"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
}
