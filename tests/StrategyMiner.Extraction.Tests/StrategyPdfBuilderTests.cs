using StrategyMiner.Samples.Digital;
using UglyToad.PdfPig;

namespace StrategyMiner.Extraction.Tests;

/// <summary>The sample builder itself: what it writes is what its expectations say.</summary>
public class StrategyPdfBuilderTests
{
    [Test]
    public void Same_calls_give_the_same_bytes()
    {
        var first = SampleStrategyDocument.Create("Dalarna", seed: 5, pages: 6).Build();
        var second = SampleStrategyDocument.Create("Dalarna", seed: 5, pages: 6).Build();
        Assert.That(first, Is.EqualTo(second));
    }

    [TestCase(1, 1)]
    [TestCase(7, 2)]
    [TestCase(12, 1)]
    public void Sample_document_has_exactly_the_pages_asked_for(int pages, int columns)
    {
        var builder = SampleStrategyDocument.Create("Örebro", seed: pages, pages: pages, columns: columns);
        using var pdf = PdfDocument.Open(builder.Build());
        Assert.That(pdf.NumberOfPages, Is.EqualTo(pages));
        Assert.That(builder.PageCount, Is.EqualTo(pages));
    }

    [Test]
    public void Running_header_and_footer_sit_at_the_same_place_on_every_page()
    {
        var builder = new StrategyPdfBuilder("Titel", "Dalastrategin 2030 · Region Dalarna", "Sida {page}").AddPage(columns: 2);
        var text = new SampleStrategyText(seed: 2);
        for (var i = 0; i < 30; i++) builder.Paragraph(text.Paragraph());
        using var pdf = PdfDocument.Open(builder.Build());
        Assert.That(pdf.NumberOfPages, Is.GreaterThanOrEqualTo(3), "precondition");

        var headers = pdf.GetPages().Select(p => p.Letters.First()).Select(l => (l.Value, Math.Round(l.StartBaseLine.X, 1), Math.Round(l.StartBaseLine.Y, 1))).Distinct();
        Assert.That(headers.Count(), Is.EqualTo(1));
        foreach (var page in pdf.GetPages())
        {
            var footer = string.Concat(page.Letters.Where(l => l.StartBaseLine.Y < 40).Select(l => l.Value));
            Assert.That(footer, Is.EqualTo($"Sida {page.Number}"));
        }
    }

    [Test]
    public void Hyphenated_line_ends_are_really_in_the_text_layer()
    {
        var builder = new StrategyPdfBuilder("Titel", "Huvud", syllableHyphenation: false).AddPage(columns: 2);
        for (var i = 0; i < 6; i++)
        {
            builder.Paragraph("Det regionala utveck|lingsarbetet och samhälls|planeringen ska stärka utveck|lingsarbetet i hela länet och " +
                              "i alla kommuner som deltar i utveck|lingsarbetet.");
        }
        using var pdf = PdfDocument.Open(builder.Build());
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();

        Assert.That(builder.HyphenBreaks, Is.Not.Empty);
        foreach (var hyphen in builder.HyphenBreaks)
        {
            Assert.That(words, Does.Contain(hyphen.Head));
            Assert.That(words, Does.Contain(hyphen.Tail));
        }
        Assert.That(builder.Paragraphs.Select(p => p.Text), Has.All.Contains("utvecklingsarbetet").And.All.Not.Contains("|"));
    }

    [Test]
    public void A_page_can_lose_its_diacritics()
    {
        var builder = new StrategyPdfBuilder("Titel", "Strategi för Västerbotten")
            .AddPage().Paragraph("Vi ska öka tillväxten på landsbygden och i städerna för ett gott liv.")
            .AddPage(stripDiacritics: true).Paragraph("Vi ska öka tillväxten på landsbygden och i städerna för ett gott liv.");
        using var pdf = PdfDocument.Open(builder.Build());

        Assert.That(Words(pdf, 1), Does.Contain("Västerbotten").And.Contain("öka tillväxten"));
        Assert.That(Words(pdf, 2), Does.Contain("Vasterbotten").And.Contain("oka tillvaxten").And.Not.Contain("ä"));
        Assert.That(builder.Paragraphs[1].Text, Is.EqualTo("Vi ska oka tillvaxten pa landsbygden och i staderna for ett gott liv."));
    }

    [Test]
    public void Title_goes_into_the_metadata()
    {
        using var pdf = PdfDocument.Open(new StrategyPdfBuilder("Regional utvecklingsstrategi för Skåne", "Skåne").Paragraph("Text.").Build());
        Assert.That(pdf.Information.Title, Is.EqualTo("Regional utvecklingsstrategi för Skåne"));
    }

    [Test]
    public void Encrypted_sample_is_really_encrypted()
    {
        var bytes = BadPdfSamples.Encrypted("hemlig");
        Assert.Throws<UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException>(() => PdfDocument.Open(bytes).Dispose());
        using var opened = PdfDocument.Open(bytes, new ParsingOptions { Password = "hemlig" });
        Assert.That(opened.GetPage(1).Text, Does.Contain("Regional utvecklingsstrategi"));
    }

    private static string Words(PdfDocument pdf, int page) => string.Join(' ', pdf.GetPage(page).GetWords().Select(w => w.Text));
}
