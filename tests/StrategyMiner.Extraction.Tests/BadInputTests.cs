using System.Text;
using StrategyMiner.Documents;
using StrategyMiner.Samples.Digital;

namespace StrategyMiner.Extraction.Tests;

public class BadInputTests
{
    private static byte[] GoodPdf() =>
        new StrategyPdfBuilder("Dalastrategin 2030", "Dalastrategin 2030 · Region Dalarna")
            .AddPage(columns: 2)
            .Heading("1 Inledning")
            .Paragraph(new SampleStrategyText(seed: 1).Paragraph(6))
            .Build();

    private static IEnumerable<TestCaseData> Files()
    {
        yield return new TestCaseData(Array.Empty<byte>(), "empty file (0 bytes)").SetName("Empty file");
        yield return new TestCaseData(new byte[] { 0x50, 0x4B, 3, 4, 20, 0, 8, 0 },
            "not a PDF (no %PDF header; starts with 'PK', a ZIP archive or Word/Excel/PowerPoint file)").SetName("Word document (ZIP)");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("\nRegional utvecklingsstrategi, utkast\n"),
            "not a PDF (no %PDF header; starts with 'Regional utvecklingsstra')").SetName("Plain text");
        yield return new TestCaseData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A },
            "not a PDF (no %PDF header; starts with bytes 89 50 4E 47, a PNG image)").SetName("PNG image");
        yield return new TestCaseData(BadPdfSamples.Encrypted("hemlig"), "encrypted (password protected)").SetName("Encrypted with a user password");
        yield return new TestCaseData(BadPdfSamples.Truncated(GoodPdf(), 0.6),
            "corrupt PDF: truncated (no %%EOF at the end): Could not find an xref trailer or stream dictionary in the input file").SetName("Truncated download");
        yield return new TestCaseData(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nskräp\n%%EOF\n"),
            "corrupt PDF: ").SetName("Header but no document structure");
    }

    [TestCaseSource(nameof(Files))]
    public void Bad_file_is_rejected_with_its_reason(byte[] bytes, string reason)
    {
        using var file = TempFile.With(bytes);
        var rejected = Assert.Throws<InputRejectedException>(() => new PdfPigExtractor().Extract(file.Path));
        Assert.That(rejected!.Reason, Does.StartWith(reason));
        Assert.That(rejected.Reason, Does.Not.Contain("\n"), "one line");
        Assert.That(rejected.Reason, Does.Not.Contain(file.Path), "the caller names the file");
    }

    [Test]
    public void Missing_file_is_rejected()
    {
        using var file = TempFile.Missing();
        var rejected = Assert.Throws<InputRejectedException>(() => new PdfPigExtractor().Extract(file.Path));
        Assert.That(rejected!.Reason, Is.EqualTo("file not found"));
    }

    [Test]
    public void A_folder_is_rejected()
    {
        var rejected = Assert.Throws<InputRejectedException>(() => new PdfPigExtractor().Extract(Path.GetTempPath()));
        Assert.That(rejected!.Reason, Is.EqualTo("is a folder, not a PDF file"));
    }

    [Test]
    public void Leading_junk_before_the_pdf_header_is_tolerated()
    {
        var bytes = Encoding.ASCII.GetBytes("junk from a mail gateway\r\n").Concat(GoodPdf()).ToArray();
        using var file = TempFile.With(bytes);
        Assert.That(new PdfPigExtractor().Extract(file.Path).Pages[0].Blocks, Is.Not.Empty);
    }

    [Test]
    public void A_file_with_thousands_of_pages_is_rejected_unread_with_its_page_count()
    {
        using var file = TempFile.With(BadPdfSamples.ManyPages(2500));
        var rejected = Assert.Throws<InputRejectedException>(() => new PdfPigExtractor().Extract(file.Path));
        Assert.That(rejected!.Reason, Is.EqualTo(
            "2,500 pages, more than the limit of 1,000 for one document (a strategy has tens to a few hundred; raise the limit with --max-pages)"));
    }

    [Test]
    public void The_page_limit_can_be_raised()
    {
        using var file = TempFile.With(BadPdfSamples.ManyPages(12));
        Assert.Throws<InputRejectedException>(() => new PdfPigExtractor(maxPages: 11).Extract(file.Path));
        var document = new PdfPigExtractor(maxPages: 12).Extract(file.Path);
        Assert.That(document.PageCount, Is.EqualTo(12));
        Assert.That(document.Pages[11].Text, Does.Contain("Bilaga 12"));
    }
}
