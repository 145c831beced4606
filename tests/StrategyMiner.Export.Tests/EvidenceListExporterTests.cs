using System.Text.Json;

namespace StrategyMiner.Export.Tests;

public sealed class EvidenceListExporterTests
{
    private EvidenceFixture _f = null!;

    [OneTimeSetUp] public void SetUp() => _f = EvidenceFixture.Create();
    [OneTimeTearDown] public void TearDown() => _f.Dispose();

    private string Text(EvidenceFilter filter) => ExportRun.Utf8(new EvidenceListExporter(EvidenceListFormat.Text), EvidenceSet.Load(_f.Store, filter));

    [Test]
    public void TextIsTheQuoteInSwedishQuotationMarksFollowedByTheCitation()
    {
        var text = Text(new EvidenceFilter { Code = "T2" });

        Assert.That(text, Is.EqualTo("”Varje år tas en uppföljningsrapport fram med ett tjugotal indikatorer.” (Region Dalarna, Dalastrategin 2030, s. 14–15)\n"));
    }

    [Test]
    public void TextSeparatesPassagesByABlankLineInSwedishRegionOrder()
    {
        var text = Text(new EvidenceFilter { Code = "T1" });

        Assert.That(text, Is.EqualTo(
            "”Strategin genomförs genom fyra handlingsplaner; \"kraftsamlingar\", årshjul och ”dialog”, säger regionen – inte bara i Falun. Nästa rad: é, å, ä, ö — klart.” (Region Dalarna, Dalastrategin 2030, s. 14)\n" +
            "\n" +
            "”-Smart specialisering styr innovationsstödet; se \"S3\".” (Region Östergötland, Östergötlands regionala utvecklingsstrategi, s. 4–5)\n"));
    }

    [Test]
    public void PendingPassagesAreMarked()
    {
        var text = Text(new EvidenceFilter { Code = "T1", IncludePending = true });

        Assert.That(text, Does.Contain("\n[EJ GRANSKAD] ”Gotland har tre genomförandeprogram.” (Region Gotland, Vårt Gotland 2040, s. 5)\n"));
    }

    [Test]
    public void JsonCarriesEveryFieldForEachMatchingPassage()
    {
        var json = ExportRun.Utf8(new EvidenceListExporter(EvidenceListFormat.Json), EvidenceSet.Load(_f.Store, new EvidenceFilter { Region = "Östergötland", Dimension = "SOC" }));

        using var doc = JsonDocument.Parse(json);
        var item = doc.RootElement.EnumerateArray().Single();
        Assert.That(item.GetProperty("passageId").GetString(), Is.EqualTo(_f.Id("O2")));
        Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(EvidenceFixture.Texts["O2"]));
        Assert.That(item.GetProperty("citation").GetString(), Is.EqualTo("Region Östergötland, Östergötlands regionala utvecklingsstrategi, s. 6"));
        Assert.That(item.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()), Is.EqualTo(new[] { 6 }));
        Assert.That(item.GetProperty("codes").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "T6", "SOC" }));
        Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That(item.GetProperty("reviewer").GetString(), Is.EqualTo(EvidenceFixture.Anna));
        Assert.That(item.GetProperty("year").GetInt32(), Is.EqualTo(2021));
        Assert.That(json, Does.Contain("\"region\": \"Östergötland\""), "å/ä/ö written as UTF-8, not \\u escapes");
    }

    [Test]
    public void NoMatchGivesAnEmptyTextAndAnEmptyJsonArray()
    {
        Assert.That(Text(new EvidenceFilter { Code = "T8" }), Is.Empty);
        var json = ExportRun.Utf8(new EvidenceListExporter(EvidenceListFormat.Json), EvidenceSet.Load(_f.Store, new EvidenceFilter { Code = "T8" }));
        Assert.That(JsonDocument.Parse(json).RootElement.GetArrayLength(), Is.Zero);
    }
}
