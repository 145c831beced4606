using StrategyMiner.Store;

namespace StrategyMiner.Export.Tests;

public sealed class CitationTests
{
    [TestCase(new[] { 14 }, "14")]
    [TestCase(new[] { 14, 15 }, "14–15")]
    [TestCase(new[] { 3, 4, 5, 9 }, "3–5, 9")]
    [TestCase(new[] { 9, 3, 4 }, "3–4, 9")]
    [TestCase(new[] { 7, 7 }, "7")]
    [TestCase(new int[0], "")]
    public void PageRunsAreJoinedWithAnEnDash(int[] pages, string expected) =>
        Assert.That(Citation.Pages(pages), Is.EqualTo(expected));

    private static StoredPassage P(string? region, string? title, params int[] pages) =>
        new("id", "doc", "fil.pdf", region, 0, pages, "", "text", "Text.", null) { Title = title };

    private static IEnumerable<TestCaseData> Citations()
    {
        yield return new TestCaseData(P("Dalarna", "Dalastrategin 2030", 14), "Region Dalarna, Dalastrategin 2030, s. 14").SetName("the users' example");
        yield return new TestCaseData(P("Dalarna", "Dalastrategin 2030", 14, 15), "Region Dalarna, Dalastrategin 2030, s. 14–15").SetName("page range");
        yield return new TestCaseData(P("Region Skåne", "Det öppna Skåne 2030", 2), "Region Skåne, Det öppna Skåne 2030, s. 2").SetName("no doubled Region");
        yield return new TestCaseData(P(null, null, 1), "fil.pdf, s. 1").SetName("unknown region and title");
        yield return new TestCaseData(P("Gotland", "Vårt Gotland 2040"), "Region Gotland, Vårt Gotland 2040").SetName("no page known");
    }

    [TestCaseSource(nameof(Citations))]
    public void CitationsNameRegionTitleAndPages(StoredPassage passage, string expected) =>
        Assert.That(Citation.Format(passage), Is.EqualTo(expected));

    [Test]
    public void AnEmptyStoreSaysSoHonestly()
    {
        using var f = EvidenceFixture.Empty();
        Assert.That(EvidenceSet.Load(f.Store, new EvidenceFilter()).NothingToExportMessage, Is.EqualTo("no approved evidence yet (the store has no documents)"));
    }

    [Test]
    public void AStoreWithOnlyPendingEvidenceCountsWhatWaitsForReview()
    {
        using var f = EvidenceFixture.Create();
        foreach (var passage in f.Store.GetPassages())
        {
            var review = f.Store.GetReview(passage.Id);
            if (review.Status == "approved")
                f.Store.Decide(passage.Id, ReviewAction.Undo, null, review.Reviewer!, null, review.Version);
        }

        var evidence = EvidenceSet.Load(f.Store, new EvidenceFilter());
        Assert.That(evidence.Items, Is.Empty);
        Assert.That(evidence.NothingToExportMessage, Is.EqualTo($"no approved evidence yet ({f.Store.GetStatus().PendingReview} passages pending review)"));
        Assert.That(f.Store.GetStatus().PendingReview, Is.EqualTo(10), "8 undone approvals + D3 + G0");
    }
}
