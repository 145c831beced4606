namespace StrategyMiner.Export.Tests;

public sealed class EvidenceQueryTests
{
    private EvidenceFixture _f = null!;

    [OneTimeSetUp] public void SetUp() => _f = EvidenceFixture.Create();
    [OneTimeTearDown] public void TearDown() => _f.Dispose();

    private string[] Names(IEnumerable<EvidenceItem> items) => items.Select(i => _f.Name(i.Passage.Id)).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void ByDefaultOnlyApprovedPassagesOfCurrentDocumentsComeBackWithTheirFinalCodes()
    {
        var items = _f.Store.GetEvidence(new EvidenceFilter());

        var expected = _f.ApprovedFromStore();
        Assert.That(items.Select(i => i.Passage.Id), Is.EquivalentTo(expected.Keys));
        Assert.That(Names(items), Is.EqualTo(new[] { "D0", "D1", "D5", "O0", "O1", "O2", "R0", "U0" }), "S0 was approved, but on a superseded revision");
        foreach (var item in items)
        {
            Assert.That(item.Status, Is.EqualTo("approved"));
            Assert.That(item.Codes, Is.EqualTo(expected[item.Passage.Id]));
            Assert.That(item.Reviewer, Is.Not.Null);
            Assert.That(item.DecidedAt, Is.Not.Null);
        }
        Assert.That(items.Single(i => i.Passage.Id == _f.Id("D1")).Codes, Is.EqualTo(new[] { "T2", "SOC" }), "recoded");
        Assert.That(items.Single(i => i.Passage.Id == _f.Id("D1")).Comment, Is.EqualTo("T2, inte T3; ”uppföljning”"));
    }

    [Test]
    public void PendingPassagesComeOnlyWhenAskedForAndAreMarkedWithTheNewestSuggestions()
    {
        var items = _f.Store.GetEvidence(new EvidenceFilter { IncludePending = true });

        var pending = items.Where(i => i.IsPending).ToList();
        Assert.That(Names(pending), Is.EqualTo(new[] { "D3", "G0" }));
        Assert.That(pending.Single(i => i.Passage.Id == _f.Id("G0")).Codes, Is.EqualTo(new[] { "T1" }), "local v2 replaced v1's T4");
        Assert.That(pending.Single(i => i.Passage.Id == _f.Id("D3")).Codes, Is.EqualTo(new[] { "T5", "MIL" }));
        Assert.That(pending.All(i => i.Reviewer is null && i.Status == "pending"));
        Assert.That(items.Any(i => i.Passage.Id == _f.Id("D2")), Is.False, "rejected never");
        Assert.That(items.Any(i => i.Passage.Id == _f.Id("D4") || i.Passage.Id == _f.Id("K0")), Is.False, "no codes, no evidence");
    }

    [Test]
    public void SuggestionsCarryEachCodersNewestVersionWithConfidence()
    {
        var d1 = _f.Store.GetEvidence(new EvidenceFilter()).Single(i => i.Passage.Id == _f.Id("D1"));

        Assert.That(d1.Suggestions.Select(s => (s.Code, s.Method, s.ModelVersion, s.Confidence)),
            Is.EquivalentTo(new[] { ("T2", "llm", "gpt-x", 0.9), ("T3", "local", "v1", 0.55) }));
    }

    private static IEnumerable<TestCaseData> Filters()
    {
        yield return new TestCaseData(new EvidenceFilter { Code = "T1" }, new[] { "D0", "O1" }).SetName("code T1");
        yield return new TestCaseData(new EvidenceFilter { Code = "T1", IncludePending = true }, new[] { "D0", "G0", "O1" }).SetName("code T1 with pending");
        yield return new TestCaseData(new EvidenceFilter { Code = "T6" }, new[] { "O2" }).SetName("code T6 (D2 rejected)");
        yield return new TestCaseData(new EvidenceFilter { Code = "MIL" }, new[] { "D5" }).SetName("code MIL");
        yield return new TestCaseData(new EvidenceFilter { Dimension = "SOC" }, new[] { "D1", "O2" }).SetName("dimension SOC");
        yield return new TestCaseData(new EvidenceFilter { Code = "T6", Dimension = "SOC" }, new[] { "O2" }).SetName("code T6 and dimension SOC");
        yield return new TestCaseData(new EvidenceFilter { Code = "T2", Dimension = "EKO" }, Array.Empty<string>()).SetName("code T2 and dimension EKO: none");
        yield return new TestCaseData(new EvidenceFilter { Region = "Östergötland" }, new[] { "O0", "O1", "O2" }).SetName("region Östergötland");
        yield return new TestCaseData(new EvidenceFilter { Region = "Dalarna", Dimension = "EKO" }, new[] { "D0" }).SetName("region Dalarna and EKO");
        yield return new TestCaseData(new EvidenceFilter { Region = "okand-strategi.pdf" }, new[] { "U0" }).SetName("document without region by file name");
        yield return new TestCaseData(new EvidenceFilter { Region = "Skåne" }, Array.Empty<string>()).SetName("region Skåne: only superseded evidence");
    }

    [TestCaseSource(nameof(Filters))]
    public void FiltersNarrowTheEvidence(EvidenceFilter filter, string[] expected) =>
        Assert.That(Names(_f.Store.GetEvidence(filter)), Is.EqualTo(expected));

    [TestCase("T10", null, "'T10' is not a code of the codebook.")]
    [TestCase(null, "T6", "'T6' is not a dimension of the codebook.")]
    public void UnknownCodesInTheFilterAreRefused(string? code, string? dimension, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => _f.Store.GetEvidence(new EvidenceFilter { Code = code, Dimension = dimension }));
        Assert.That(ex!.Message, Does.StartWith(message));
    }

    [Test]
    public void SuggestedPassagesIncludeEveryReviewStatusWithTheCodersCodes()
    {
        var items = _f.Store.GetSuggestedPassages();

        Assert.That(Names(items), Is.EqualTo(new[] { "D0", "D1", "D2", "D3", "D5", "G0", "O0", "O1", "O2", "R0", "U0" }));
        Assert.That(items.Single(i => i.Passage.Id == _f.Id("D1")).Codes, Is.EqualTo(new[] { "T2", "T3" }), "what the coders said, not the recode");
        Assert.That(items.Single(i => i.Passage.Id == _f.Id("D2")).Status, Is.EqualTo("rejected"));
    }
}
