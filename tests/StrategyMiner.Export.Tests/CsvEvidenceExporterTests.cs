using CsvHelper;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export.Tests;

public sealed class CsvEvidenceExporterTests
{
    private EvidenceFixture _f = null!;

    [OneTimeSetUp] public void SetUp() => _f = EvidenceFixture.Create();
    [OneTimeTearDown] public void TearDown() => _f.Dispose();

    private sealed record Row(IReadOnlyDictionary<string, string> Fields)
    {
        public string this[string column] => Fields[column];
    }

    private static List<Row> ReadBack(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ';' });
        var rows = new List<Row>();
        while (reader.Read())
            rows.Add(new Row(CsvEvidenceExporter.Columns.ToDictionary(c => c, c => reader.GetString(c) ?? "", StringComparer.Ordinal)));
        return rows;
    }

    private (byte[] Bytes, List<Row> Rows) Export(bool includePending)
    {
        var bytes = ExportRun.Bytes(new CsvEvidenceExporter(), EvidenceSet.Load(_f.Store, new EvidenceFilter { IncludePending = includePending }));
        return (bytes, ReadBack(bytes));
    }

    [Test]
    public void StartsWithAUtf8ByteOrderMarkAndSwedishHeaders()
    {
        var (bytes, _) = Export(false);

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "Excel needs the BOM to read å/ä/ö as UTF-8");
        var firstLine = new System.Text.UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3).Split("\r\n")[0];
        Assert.That(firstLine, Is.EqualTo(string.Join(";", CsvEvidenceExporter.Columns)));
        Assert.That(firstLine, Does.Contain("År;Sidor"));
    }

    [Test]
    public void EveryApprovedPassageAndThemeCodeIsOneRowWithDimensionsInTheirOwnColumn()
    {
        var (_, rows) = Export(false);
        var codebook = CodebookDefinition.Default;

        var expected = _f.ApprovedFromStore()
            .SelectMany(kv =>
            {
                var themes = kv.Value.Where(c => codebook[c].Kind == CodeKind.Theme).ToList();
                var dims = string.Join(", ", kv.Value.Where(c => codebook[c].Kind == CodeKind.Dimension));
                return themes.Count == 0 ? [(kv.Key, "", dims)] : themes.Select(t => (kv.Key, t, dims));
            })
            .ToList();
        Assert.That(rows.Select(r => (r["Passage-id"], r["Kod"], r["Dimensioner"])), Is.EquivalentTo(expected));
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D5"))["Kod"], Is.Empty, "approved with the dimension MIL only: one row, empty code");
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D5"))["Dimensioner"], Is.EqualTo("MIL"));
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D0"))["Kodnamn"], Is.EqualTo("Handlingsplaner och genomförandestrategier"));
    }

    [Test]
    public void PassageTextWithQuotesCommasSemicolonsNewlinesAndSwedishCharactersSurvives()
    {
        var (_, rows) = Export(false);

        foreach (var row in rows)
        {
            var stored = _f.Store.FindPassage(row["Passage-id"])!;
            var text = row["Text"];
            // Text that a spreadsheet would run as a formula is written with a leading apostrophe (see docs/export.md).
            if (stored.Text[0] is '=' or '-' or '+' or '@') Assert.That(text, Is.EqualTo("'" + stored.Text), "formula guard");
            else Assert.That(text, Is.EqualTo(stored.Text));
            Assert.That(row["Rubrik"], Is.EqualTo(stored.Heading));
            Assert.That(row["Dokument"], Is.EqualTo(stored.Title ?? stored.FileName));
        }
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D0"))["Text"], Does.Contain("\"kraftsamlingar\", årshjul och ”dialog”").And.Contain("\nNästa rad: é, å, ä, ö — klart."));
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D1"))["Granskare"], Is.EqualTo(EvidenceFixture.Bo));
    }

    [Test]
    public void PagesAndCitationsAreThePassagesPages()
    {
        var (_, rows) = Export(false);

        foreach (var row in rows)
        {
            var stored = _f.Store.FindPassage(row["Passage-id"])!;
            Assert.That(row["Sidor"], Is.EqualTo(Citation.Pages(stored.Pages)));
            Assert.That(row["År"], Is.EqualTo(stored.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D0"))["Källhänvisning"], Is.EqualTo("Region Dalarna, Dalastrategin 2030, s. 14"));
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D1"))["Källhänvisning"], Is.EqualTo("Region Dalarna, Dalastrategin 2030, s. 14–15"));
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("D5"))["Sidor"], Is.EqualTo("19–20, 22"));
        Assert.That(rows.Single(r => r["Passage-id"] == _f.Id("U0"))["Källhänvisning"], Is.EqualTo("okand-strategi.pdf, s. 1"), "no region, no title");
    }

    [Test]
    public void CoderAndConfidenceNameTheCodersBehindTheRowsCode()
    {
        var (_, rows) = Export(false);

        var d0 = rows.Single(r => r["Passage-id"] == _f.Id("D0"));
        Assert.That((d0["Kodare"], d0["Konfidens (%)"]), Is.EqualTo(("local", "81")));
        var d1 = rows.Single(r => r["Passage-id"] == _f.Id("D1"));
        Assert.That((d1["Kod"], d1["Kodare"], d1["Konfidens (%)"]), Is.EqualTo(("T2", "llm", "90")));
        var d5 = rows.Single(r => r["Passage-id"] == _f.Id("D5"));
        Assert.That((d5["Kodare"], d5["Konfidens (%)"]), Is.EqualTo(("local", "90")), "dimension-only row: the coders of its dimensions");
    }

    [Test]
    public void CodesTheReviewerAddedSayGranskare()
    {
        // O2 was recoded to T6+SOC; llm had suggested both, so build a case where the reviewer adds a code nobody suggested.
        using var f = EvidenceFixture.Create();
        var id = f.Id("R0");
        f.Store.Decide(id, StrategyMiner.Store.ReviewAction.Recode, ["T7", "T9"], EvidenceFixture.Anna, null, f.Store.GetReview(id).Version);

        var rows = ReadBack(ExportRun.Bytes(new CsvEvidenceExporter(), EvidenceSet.Load(f.Store, new EvidenceFilter())));

        var t9 = rows.Single(r => r["Passage-id"] == id && r["Kod"] == "T9");
        Assert.That((t9["Kodare"], t9["Konfidens (%)"], t9["Granskare"]), Is.EqualTo(("granskare", "", EvidenceFixture.Anna)));
    }

    [Test]
    public void RejectedAndPendingPassagesStayOutByDefault()
    {
        var (_, rows) = Export(false);

        var ids = rows.Select(r => r["Passage-id"]).ToHashSet();
        Assert.That(ids, Does.Not.Contain(_f.Id("D2")), "rejected");
        Assert.That(ids, Does.Not.Contain(_f.Id("D3")).And.Not.Contain(_f.Id("G0")), "pending");
        Assert.That(ids, Does.Not.Contain(_f.Id("S0")), "superseded revision");
        Assert.That(rows.Select(r => r["Status"]).Distinct(), Is.EqualTo(new[] { CsvEvidenceExporter.ApprovedLabel }));
    }

    [Test]
    public void PendingPassagesAppearOnlyWithIncludePendingAndEveryRowOfThemIsMarked()
    {
        var (_, rows) = Export(true);

        var pendingIds = new[] { _f.Id("D3"), _f.Id("G0") };
        var pendingRows = rows.Where(r => pendingIds.Contains(r["Passage-id"])).ToList();
        Assert.That(pendingRows.Select(r => (r["Passage-id"], r["Kod"])), Is.EquivalentTo(new[] { (_f.Id("D3"), "T5"), (_f.Id("G0"), "T1") }));
        Assert.That(pendingRows.Select(r => r["Status"]), Is.All.EqualTo("EJ GRANSKAD"));
        Assert.That(pendingRows.Select(r => r["Granskare"]), Is.All.Empty);
        Assert.That(rows.Where(r => !pendingIds.Contains(r["Passage-id"])).Select(r => r["Status"]), Is.All.EqualTo("godkänd"));
        Assert.That(rows.Any(r => r["Passage-id"] == _f.Id("D2")), Is.False, "rejected never, even with --include-pending");
    }

    [Test]
    public void RowsComeInSwedishRegionOrder()
    {
        var (_, rows) = Export(false);

        Assert.That(rows.Select(r => r["Region"]).Distinct(), Is.EqualTo(new[] { "Dalarna", "", "Örebro", "Östergötland" }));
    }
}
