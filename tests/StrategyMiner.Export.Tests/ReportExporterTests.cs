using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export.Tests;

public sealed class ReportExporterTests
{
    private EvidenceFixture _f = null!;

    [OneTimeSetUp] public void SetUp() => _f = EvidenceFixture.Create();
    [OneTimeTearDown] public void TearDown() => _f.Dispose();

    private string Report(ReportFormat format, bool includePending = false) =>
        ExportRun.Utf8(new ReportExporter(format, ExportRun.At), EvidenceSet.Load(_f.Store, new EvidenceFilter { IncludePending = includePending }));

    // From the store's review API: for each code, the regions whose approved passages carry it.
    private Dictionary<string, string[]> ExpectedRegionLists()
    {
        var byCode = CodebookDefinition.Default.Codes.ToDictionary(c => c.Id, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var (id, codes) in _f.ApprovedFromStore())
        {
            var p = _f.Store.FindPassage(id)!;
            foreach (var code in codes) byCode[code].Add(p.Region ?? p.FileName);
        }
        return byCode.ToDictionary(kv => kv.Key, kv => kv.Value.Order(SwedishOrder.Comparer).ToArray());
    }

    private static XDocument ParseHtml(string html)
    {
        // The report is written as well-formed XHTML-compatible markup, so an XML parser must accept it.
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Test]
    public void MarkdownRegionListsPerCodeMatchTheApprovedCodings()
    {
        var md = Report(ReportFormat.Markdown);
        var expected = ExpectedRegionLists();

        foreach (var code in CodebookDefinition.Default.Codes)
        {
            var section = Regex.Match(md, $@"^### {Regex.Escape(code.Id)} .*?(?=^##)", RegexOptions.Multiline | RegexOptions.Singleline).Value;
            Assert.That(section, Is.Not.Empty, code.Id);
            var list = Regex.Match(section, @"^Regioner med belägg \((\d+)\): (.*)\.$", RegexOptions.Multiline);
            if (expected[code.Id].Length == 0)
            {
                Assert.That(list.Success, Is.False, code.Id);
                Assert.That(section, Does.Contain("Inga belägg ännu."), code.Id);
                continue;
            }
            Assert.That(list.Success, Is.True, $"{code.Id} has no region list");
            Assert.That(list.Groups[2].Value.Replace("\\", "").Split(", "), Is.EqualTo(expected[code.Id]), code.Id);
            Assert.That(int.Parse(list.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected[code.Id].Length));
        }
    }

    [Test]
    public void MarkdownHasTheQuestionTextAndQuotesEachPassageWithItsCitationUnderItsRegion()
    {
        var md = Report(ReportFormat.Markdown);

        Assert.That(md, Does.StartWith("# Belägg ur de regionala utvecklingsstrategierna\n"));
        Assert.That(md, Does.Contain("### T2 Uppföljning\n\n*Fråga: Beskriv samt ge exempel på hur uppföljning av den regionala utvecklingsstrategin sker*"));
        Assert.That(md, Does.Contain("#### Dalarna\n\n> ”Varje år tas en uppföljningsrapport fram med ett tjugotal indikatorer.” (Region Dalarna, Dalastrategin 2030, s. 14–15)"));
        Assert.That(md, Does.Contain("## Hållbarhetens dimensioner"));
        Assert.That(md, Does.Contain("### EKO Ekonomisk hållbarhet\n\n*Definition: Näringsliv, innovation, smart specialisering, kompetensförsörjning, arbetsmarknad, digital infrastruktur, tillväxt.*\n\nRegioner med belägg (2): Dalarna, Östergötland."));
        Assert.That(md, Does.Not.Contain(EvidenceFixture.Texts["D2"]), "rejected");
        Assert.That(md, Does.Not.Contain(EvidenceFixture.Texts["D3"]), "pending");
        Assert.That(md, Does.Not.Contain(EvidenceFixture.Texts["S0"]), "superseded");
    }

    [Test]
    public void MarkdownEscapesPdfTextThatWouldBecomeMarkup()
    {
        var md = Report(ReportFormat.Markdown);

        Assert.That(md, Does.Not.Contain("<script>"));
        Assert.That(md, Does.Contain(@"i \<script\>alert('x')\</script\> \& partnerskap."));
        Assert.That(md, Does.Contain("Nästa rad: é, å, ä, ö — klart."), "the line break inside D0 is folded to a space, not a new paragraph");
    }

    [Test]
    public void PendingPassagesAppearOnlyWhenIncludedAndAreMarkedInEveryParagraph()
    {
        var without = Report(ReportFormat.Markdown);
        var with = Report(ReportFormat.Markdown, includePending: true);

        Assert.That(without, Does.Not.Contain("EJ GRANSKAD"));
        Assert.That(with, Does.Contain($"> **\\[EJ GRANSKAD\\]** ”{EvidenceFixture.Texts["D3"]}” (Region Dalarna, Dalastrategin 2030, s. 17)"));
        var pendingParagraphs = with.Split('\n').Where(l => l.Contains(EvidenceFixture.Texts["G0"], StringComparison.Ordinal) || l.Contains(EvidenceFixture.Texts["D3"], StringComparison.Ordinal)).ToList();
        Assert.That(pendingParagraphs, Has.Count.EqualTo(3), "G0 under T1; D3 under T5 and MIL");
        Assert.That(pendingParagraphs, Has.All.Contains("EJ GRANSKAD"));
        Assert.That(with, Does.Contain("Regioner med belägg (3): Dalarna, Gotland \\[EJ GRANSKAD\\], Östergötland."), "a region with only pending evidence is marked in the list");
    }

    [Test]
    public void HtmlIsSelfContainedAndEscapesPdfText()
    {
        var html = Report(ReportFormat.Html);
        var doc = ParseHtml(html);

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(doc.Descendants("script"), Is.Empty, "the <script> in O0's text must stay text");
        Assert.That(doc.Descendants("link"), Is.Empty);
        Assert.That(doc.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href"), Is.Empty, "nothing to fetch: opens offline");
        Assert.That(html, Does.Not.Contain("@import").And.Not.Contain("url(").And.Not.Contain("http"));
        Assert.That(doc.Descendants("style").Single().Value, Does.Contain("table.heat"));
        Assert.That(doc.Root!.Attribute("lang")!.Value, Is.EqualTo("sv"));

        var quotes = doc.Descendants("blockquote").ToList();
        foreach (var quote in quotes)
        {
            var id = quote.Attribute("data-passage")!.Value;
            var stored = _f.Store.FindPassage(id)!;
            Assert.That(quote.Element("q")!.Value, Is.EqualTo(stored.Text), "the exact passage text after unescaping");
            Assert.That(quote.Element("cite")!.Value, Is.EqualTo($"({Citation.Format(stored)})"));
        }
        Assert.That(quotes.Select(q => q.Attribute("data-passage")!.Value).Distinct(), Is.EquivalentTo(_f.ApprovedFromStore().Keys));
    }

    [Test]
    public void HtmlRegionListsMatchTheApprovedCodings()
    {
        var doc = ParseHtml(Report(ReportFormat.Html));
        var expected = ExpectedRegionLists();

        foreach (var code in CodebookDefinition.Default.Codes)
        {
            var section = doc.Descendants("section").Single(s => s.Attribute("data-code")?.Value == code.Id);
            Assert.That(section.Element("h3")!.Value, Is.EqualTo($"{code.Id} {code.Name}"));
            var list = section.Elements("p").SingleOrDefault(p => p.Attribute("class")?.Value == "regions");
            if (expected[code.Id].Length == 0)
            {
                Assert.That(list, Is.Null, code.Id);
                continue;
            }
            Assert.That(list!.Element("span")!.Value.Split(", "), Is.EqualTo(expected[code.Id]), code.Id);
            Assert.That(section.Elements("h4").Select(h => h.Value), Is.EqualTo(expected[code.Id]), "passages grouped by region, same order");
        }
    }

    [Test]
    public void HtmlHeatMapShowsTheCoverageMatrix()
    {
        var evidence = EvidenceSet.Load(_f.Store, new EvidenceFilter());
        var matrix = CoverageMatrix.Build(evidence.Items, evidence.Regions, CodebookDefinition.Default);
        var table = ParseHtml(Report(ReportFormat.Html)).Descendants("table").Single(t => t.Attribute("class")?.Value == "heat");

        Assert.That(table.Element("thead")!.Descendants("th").Skip(1).Select(th => th.Value), Is.EqualTo(matrix.Codes));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.That(rows.Select(r => r.Element("th")!.Value), Is.EqualTo(matrix.Regions));
        foreach (var row in rows)
        {
            var region = row.Element("th")!.Value;
            var cells = row.Elements("td").ToList();
            for (var i = 0; i < matrix.Codes.Count; i++)
            {
                var count = matrix[region, matrix.Codes[i]];
                Assert.That(cells[i].Value, Is.EqualTo(count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(cells[i].Attribute("style") is null, Is.EqualTo(count == 0), "non-zero cells are shaded");
            }
        }
    }
}
