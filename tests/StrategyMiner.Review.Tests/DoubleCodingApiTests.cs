using System.Text.Json.Nodes;

namespace StrategyMiner.Review.Tests;

public class DoubleCodingApiTests
{
    // Sample positions 0..6 (all seven pending passages). T2 and T5 each: both 2, only A 1, only B 1, neither 3.
    private static readonly string[][] CodesA = [["T2"], ["T2"], ["T2"], ["T5"], ["T5"], ["T5"], []];
    private static readonly string[][] CodesB = [["T2"], ["T2"], ["T5"], ["T2"], ["T5"], ["T5"], []];

    private static async Task<(long Id, string[] Passages)> CreateRound(ReviewHarness h, int size, int seed)
    {
        var (status, round) = await h.Post("/api/double-coding", new { size, seed, reviewerA = "Anna", reviewerB = "Björn", reviewer = "Cecilia" });
        Assert.That(status, Is.EqualTo(200), round.ToJsonString());
        var id = round["id"]!.GetValue<long>();
        var items = await h.GetJson($"/api/double-coding/{id}/items?reviewer=Anna");
        return (id, items["items"]!.AsArray().Select(i => i!["item"]!["passageId"]!.GetValue<string>()).ToArray());
    }

    private static Task<(int Status, JsonNode Body)> DecideInRound(ReviewHarness h, long round, string passageId, string reviewer, string[] codes, int version = 0) =>
        h.Post($"/api/double-coding/{round}/decision", new { passageId, action = "recode", codes, version, reviewer });

    [Test]
    public async Task The_same_seed_draws_the_same_sample()
    {
        await using var first = await ReviewHarness.StartAsync();
        await using var second = await ReviewHarness.StartAsync();
        var a = await CreateRound(first, 4, 4711);
        var b = await CreateRound(second, 4, 4711);
        Assert.That(a.Passages, Has.Length.EqualTo(4));
        Assert.That(b.Passages, Is.EqualTo(a.Passages));
        var rest = await CreateRound(first, 10, 4711);
        Assert.That(rest.Passages, Has.Length.EqualTo(3).And.No.AnyOf(a.Passages), "a later round draws from passages outside earlier rounds");
    }

    [Test]
    public async Task Each_reviewer_codes_blind_and_the_report_waits_until_both_are_done()
    {
        await using var h = await ReviewHarness.StartAsync();
        var (round, passages) = await CreateRound(h, 3, 7);
        var before = (await h.GetJson($"/api/double-coding/{round}/items?reviewer=Bj%C3%B6rn"))["items"]!.ToJsonString();
        Assert.That((await DecideInRound(h, round, passages[0], "Anna", ["T3"])).Status, Is.EqualTo(200));

        var forBjorn = await h.GetJson($"/api/double-coding/{round}/items?reviewer=Bj%C3%B6rn");
        Assert.That(forBjorn["items"]!.ToJsonString(), Is.EqualTo(before), "nothing of Anna's decision reaches Björn's items");
        var mine = forBjorn["items"]!.AsArray()[0]!["mine"]!;
        Assert.That((mine["reviewer"]!.GetValue<string>(), mine["status"]!.GetValue<string>()), Is.EqualTo(("Björn", "pending")));
        var forAnna = await h.GetJson($"/api/double-coding/{round}/items?reviewer=Anna");
        Assert.That(forAnna["items"]!.AsArray()[0]!["mine"]!["codes"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "T3" }));

        using (var response = await h.Http.GetAsync($"/api/double-coding/{round}/items?reviewer=Cecilia"))
            Assert.That((int)response.StatusCode, Is.EqualTo(403), "only the two reviewers code in a round");
        using (var response = await h.Http.GetAsync($"/api/double-coding/{round}/report?reviewer=Bj%C3%B6rn"))
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(403));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("när båda har kodat alla 3 passager (du: 0, den andra: 1)"));
        }
        using var store = h.Data.OpenStore();
        Assert.That(store.GetReview(passages[0]).Status, Is.EqualTo("pending"), "double coding never touches the main decision");
    }

    [Test]
    public async Task A_stale_double_coding_decision_is_refused()
    {
        await using var h = await ReviewHarness.StartAsync();
        var (round, passages) = await CreateRound(h, 1, 3);
        await DecideInRound(h, round, passages[0], "Anna", ["T3"]);
        var (status, body) = await DecideInRound(h, round, passages[0], "Anna", ["T4"], version: 0);
        Assert.That(status, Is.EqualTo(409));
        Assert.That(body["message"]!.GetValue<string>(), Does.Contain("sparades inte"));
        Assert.That(body["mine"]!["codes"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "T3" }));
    }

    [Test]
    public async Task The_report_gives_cohens_kappa_per_code_and_settling_writes_the_main_decision()
    {
        await using var h = await ReviewHarness.StartAsync();
        var (round, passages) = await CreateRound(h, 10, 42);
        Assert.That(passages, Has.Length.EqualTo(7));
        for (var i = 0; i < passages.Length; i++)
        {
            Assert.That((await DecideInRound(h, round, passages[i], "Anna", CodesA[i])).Status, Is.EqualTo(200));
            Assert.That((await DecideInRound(h, round, passages[i], "Björn", CodesB[i])).Status, Is.EqualTo(200));
        }

        var report = await h.GetJson($"/api/double-coding/{round}/report?reviewer=Anna");

        var perCode = report["perCode"]!.AsArray().ToDictionary(c => c!["code"]!.GetValue<string>());
        // po = 5/7, pe = (3/7)² + (4/7)² = 25/49, κ = (35/49 − 25/49) / (24/49) = 10/24.
        Assert.That(perCode["T2"]!["kappa"]!.GetValue<double>(), Is.EqualTo(10.0 / 24).Within(1e-9));
        Assert.That(perCode["T5"]!["kappa"]!.GetValue<double>(), Is.EqualTo(10.0 / 24).Within(1e-9));
        Assert.That((perCode["T2"]!["bothYes"]!.GetValue<int>(), perCode["T2"]!["onlyA"]!.GetValue<int>(), perCode["T2"]!["onlyB"]!.GetValue<int>(), perCode["T2"]!["bothNo"]!.GetValue<int>()),
            Is.EqualTo((2, 1, 1, 3)));
        Assert.That(perCode["T1"]!["kappa"], Is.Null, "undefined when nobody gave the code");
        Assert.That(perCode["T1"]!["agreement"]!.GetValue<double>(), Is.EqualTo(1));
        Assert.That(report["status"]!["kappa"]!.GetValue<double>(), Is.EqualTo(1), "they agree on approve versus reject everywhere");

        var disagreements = report["disagreements"]!.AsArray();
        Assert.That(disagreements.Select(d => d!["passageId"]!.GetValue<string>()), Is.EqualTo(new[] { passages[2], passages[3] }));
        Assert.That(disagreements[0]!["differs"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EquivalentTo(new[] { "T2", "T5" }));

        var (status, settled) = await h.Post($"/api/double-coding/{round}/settle", new
        {
            passageId = passages[2], action = "accept", codes = new[] { "T5" }, version = disagreements[0]!["main"]!["version"]!.GetValue<int>(), reviewer = "Cecilia",
        });
        Assert.That(status, Is.EqualTo(200), settled.ToJsonString());
        using var store = h.Data.OpenStore();
        var main = store.GetReview(passages[2]);
        Assert.That((main.Status, string.Join(" ", main.Codes), main.Reviewer), Is.EqualTo(("approved", "T5", "Cecilia")));
        var log = store.GetReviewLog(passages[2]).Single();
        Assert.That((log.Action, log.Comment), Is.EqualTo(("double-coding-settle", $"Avgjort efter dubbelkodning (omgång {round})")));
        Assert.That(store.GetReview(passages[3]).Status, Is.EqualTo("pending"));
        var after = await h.GetJson($"/api/double-coding/{round}/report?reviewer=Anna");
        Assert.That(after["disagreements"]!.AsArray()[0]!["settledBy"]!.GetValue<string>(), Is.EqualTo("Cecilia"));
        Assert.That(after["perCode"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "T2")!["kappa"]!.GetValue<double>(), Is.EqualTo(10.0 / 24).Within(1e-9),
            "settling does not rewrite what the two reviewers said");
    }
}
