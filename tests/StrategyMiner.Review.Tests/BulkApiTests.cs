namespace StrategyMiner.Review.Tests;

public class BulkApiTests
{
    [Test]
    public async Task Accepting_all_confident_T6_suggestions_in_a_document_previews_then_applies_each_passage_with_its_own_log_entry()
    {
        await using var h = await ReviewHarness.StartAsync();
        var filter = new { code = "T6", min = "0.95", document = h.Data.DalarnaId };

        var (status, preview) = await h.Post("/api/bulk/preview", new { action = "accept", filter });

        Assert.That(status, Is.EqualTo(200), preview.ToJsonString());
        var item = preview["items"]!.AsArray().Single()!;
        Assert.That(ReviewFixture.KeyOf(item["passageId"]!.GetValue<string>()), Is.EqualTo("kompetens"));
        Assert.That(item["codes"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "T6", "EKO" }), "what accepting will set");
        Assert.That(item["warnings"]!.AsArray().Select(w => w!.GetValue<string>()),
            Is.EqualTo(new[] { "EKO (llm) har bara säkerhet 0,62", "kodarna är oense om EKO" }));
        using (var store = h.Data.OpenStore())
            Assert.That(store.GetReview(ReviewFixture.Id("kompetens")).Status, Is.EqualTo("pending"), "a preview changes nothing");

        var (applyStatus, result) = await h.Post("/api/bulk/apply", new
        {
            action = "accept", reviewer = "Anna", comment = "massgodkänd",
            items = new[] { new { passageId = item["passageId"]!.GetValue<string>(), version = item["version"]!.GetValue<int>(), codes = new[] { "T6", "EKO" } } },
        });

        Assert.That(applyStatus, Is.EqualTo(200));
        Assert.That(result["applied"]!.GetValue<int>(), Is.EqualTo(1));
        using var after = h.Data.OpenStore();
        var state = after.GetReview(ReviewFixture.Id("kompetens"));
        Assert.That((state.Status, string.Join(" ", state.Codes), state.Reviewer), Is.EqualTo(("approved", "T6 EKO", "Anna")));
        var log = after.GetReviewLog(ReviewFixture.Id("kompetens")).Single();
        Assert.That((log.Action, log.Reviewer, log.Comment), Is.EqualTo(("bulk-accept", "Anna", "massgodkänd")));
    }

    [Test]
    public async Task A_passage_someone_decided_after_the_preview_is_skipped_and_reported()
    {
        await using var h = await ReviewHarness.StartAsync();
        var (_, preview) = await h.Post("/api/bulk/preview", new { action = "reject", filter = new { region = "Gävleborg" } });
        var items = preview["items"]!.AsArray().Select(i => new { passageId = i!["passageId"]!.GetValue<string>(), version = i["version"]!.GetValue<int>() }).ToArray();
        Assert.That(items.Select(i => ReviewFixture.KeyOf(i.passageId)), Is.EquivalentTo(new[] { "klimat", "folkhalsa", "styrgrupp" }));

        await h.Decide("klimat", "accept", 0, "Björn");
        var (status, result) = await h.Post("/api/bulk/apply", new { action = "reject", reviewer = "Anna", items });

        Assert.That(status, Is.EqualTo(200));
        Assert.That(result["applied"]!.GetValue<int>(), Is.EqualTo(2));
        var conflict = result["conflicts"]!.AsArray().Single()!;
        Assert.That(ReviewFixture.KeyOf(conflict["passageId"]!.GetValue<string>()), Is.EqualTo("klimat"));
        Assert.That(conflict["message"]!.GetValue<string>(), Does.StartWith("Björn hann före"));
        using var store = h.Data.OpenStore();
        Assert.That(store.GetReview(ReviewFixture.Id("klimat")).Status, Is.EqualTo("approved"), "Björn's decision stands");
        Assert.That(store.GetReviewLog(ReviewFixture.Id("folkhalsa")).Single().Action, Is.EqualTo("bulk-reject"));
    }

    [Test]
    public async Task A_bulk_preview_never_includes_decided_passages()
    {
        await using var h = await ReviewHarness.StartAsync();
        await h.Decide("uppfoljning", "reject", 0, "Anna");
        var (_, preview) = await h.Post("/api/bulk/preview", new { action = "accept", filter = new { code = "T2", status = "rejected" } });
        Assert.That(preview["items"]!.AsArray().Select(i => ReviewFixture.KeyOf(i!["passageId"]!.GetValue<string>())), Is.EqualTo(new[] { "styrgrupp" }));
    }
}
