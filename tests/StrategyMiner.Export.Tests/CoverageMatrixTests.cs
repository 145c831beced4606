using System.Text.Json;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export.Tests;

public sealed class CoverageMatrixTests
{
    private EvidenceFixture _f = null!;

    [OneTimeSetUp] public void SetUp() => _f = EvidenceFixture.Create();
    [OneTimeTearDown] public void TearDown() => _f.Dispose();

    private static readonly string[] AllCodes = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "EKO", "SOC", "MIL"];
    private static readonly string[] Regions = ["Dalarna", "Gotland", "Kalmar", "okand-strategi.pdf", "Skåne", "Örebro", "Östergötland"];

    private List<(string Region, List<(string Code, int Count)> Cells)> Json(CoverageMatrix matrix)
    {
        using var stream = new MemoryStream();
        matrix.WriteJson(stream);
        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.That(doc.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
        return doc.RootElement.EnumerateObject()
            .Select(r => (r.Name, r.Value.EnumerateObject().Select(c => (c.Name, c.Value.GetInt32())).ToList()))
            .ToList();
    }

    // Expected counts straight from the store's review API: passages per region and final code.
    private Dictionary<(string, string), int> ApprovedCounts()
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var (id, codes) in _f.ApprovedFromStore())
        {
            var p = _f.Store.FindPassage(id)!;
            foreach (var code in codes) counts[(p.Region ?? p.FileName, code)] = counts.GetValueOrDefault((p.Region ?? p.FileName, code)) + 1;
        }
        return counts;
    }

    [Test]
    public void ApprovedJsonHasEveryRegionInSwedishOrderWithAllTwelveCodesAndTheStoresCounts()
    {
        var evidence = EvidenceSet.Load(_f.Store, new EvidenceFilter());
        var json = Json(CoverageMatrix.Build(evidence.Items, evidence.Regions, CodebookDefinition.Default));

        Assert.That(json.Select(r => r.Region), Is.EqualTo(Regions), "every region with a current document, å/ä/ö last");
        var expected = ApprovedCounts();
        foreach (var (region, cells) in json)
        {
            Assert.That(cells.Select(c => c.Code), Is.EqualTo(AllCodes), region);
            foreach (var (code, count) in cells)
                Assert.That(count, Is.EqualTo(expected.GetValueOrDefault((region, code))), $"{region} {code}");
        }
        var dalarna = json.Single(r => r.Region == "Dalarna").Cells.ToDictionary(c => c.Code, c => c.Count);
        Assert.That((dalarna["T1"], dalarna["T2"], dalarna["T3"], dalarna["T6"], dalarna["EKO"], dalarna["SOC"], dalarna["MIL"]), Is.EqualTo((1, 1, 0, 0, 1, 1, 1)));
        Assert.That(json.Single(r => r.Region == "Skåne").Cells.Sum(c => c.Count), Is.Zero, "only a superseded revision had evidence");
    }

    [Test]
    public void SuggestedCountsWhatTheCodersFoundWhateverTheReview()
    {
        var evidence = EvidenceSet.Load(_f.Store, new EvidenceFilter());
        var json = Json(CoverageMatrix.Build(_f.Store.GetSuggestedPassages(), evidence.Regions, CodebookDefinition.Default));

        var dalarna = json.Single(r => r.Region == "Dalarna").Cells.ToDictionary(c => c.Code, c => c.Count);
        // D0 T1 EKO, D1 T2 (llm) T3 (local), D2 T6 (rejected), D3 T5 MIL (pending), D5 MIL.
        Assert.That((dalarna["T1"], dalarna["T2"], dalarna["T3"], dalarna["T5"], dalarna["T6"], dalarna["EKO"], dalarna["SOC"], dalarna["MIL"]),
            Is.EqualTo((1, 1, 1, 1, 1, 1, 0, 2)));
        var gotland = json.Single(r => r.Region == "Gotland").Cells.ToDictionary(c => c.Code, c => c.Count);
        Assert.That((gotland["T1"], gotland["T4"]), Is.EqualTo((1, 0)), "only the newest local version counts");
        Assert.That(json.Select(r => r.Region), Is.EqualTo(Regions));
    }

    [Test]
    public void JsonKeepsSwedishLettersUnescaped()
    {
        var evidence = EvidenceSet.Load(_f.Store, new EvidenceFilter());
        using var stream = new MemoryStream();
        CoverageMatrix.Build(evidence.Items, evidence.Regions, CodebookDefinition.Default).WriteJson(stream);

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.That(text, Does.Contain("\"Östergötland\": {").And.Not.Contain("\\u00"));
    }

    [Test]
    public void CsvHasARowPerRegionAndAColumnPerCode()
    {
        var evidence = EvidenceSet.Load(_f.Store, new EvidenceFilter());
        using var stream = new MemoryStream();
        CoverageMatrix.Build(evidence.Items, evidence.Regions, CodebookDefinition.Default).WriteCsv(stream, byteOrderMark: false);

        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("Region;" + string.Join(";", AllCodes)));
        Assert.That(lines.Skip(1).Select(l => l.Split(';')[0]), Is.EqualTo(Regions));
        Assert.That(lines.Single(l => l.StartsWith("Östergötland;", StringComparison.Ordinal)), Is.EqualTo("Östergötland;1;0;1;0;0;1;0;0;0;1;1;0"));
    }

    private static IEnumerable<TestCaseData> Orders()
    {
        yield return new TestCaseData(new[] { "Östergötland", "Örebro", "Västra Götaland", "Dalarna", "Skåne" },
            new[] { "Dalarna", "Skåne", "Västra Götaland", "Örebro", "Östergötland" }).SetName("real regions: Ö last");
        yield return new TestCaseData(new[] { "Ö", "Ä", "Å", "Z", "A" }, new[] { "A", "Z", "Å", "Ä", "Ö" }).SetName("å ä ö after z, in that order");
        yield return new TestCaseData(new[] { "Västmanland", "Västra Götaland", "Västerbotten", "Västernorrland", "Värmland" },
            new[] { "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland" }).SetName("the Väst- regions");
        yield return new TestCaseData(new[] { "Jönköping", "Jämtland Härjedalen", "Kalmar", "Gävleborg", "Gotland" },
            new[] { "Gotland", "Gävleborg", "Jämtland Härjedalen", "Jönköping", "Kalmar" }).SetName("ä and ö inside a name");
    }

    [TestCaseSource(nameof(Orders))]
    public void RegionsSortSwedishAlphabetically(string[] input, string[] expected) =>
        Assert.That(input.Order(SwedishOrder.Comparer), Is.EqualTo(expected));

    [Test]
    public void OrdinalOrderWouldBeWrongForSwedish() =>
        // Why the sv-SE collation is used: ordinal puts Ä (U+00C4) before Å (U+00C5).
        Assert.That(new[] { "Å", "Ä" }.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "Ä", "Å" }));
}
