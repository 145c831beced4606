using StrategyMiner.Documents;
using StrategyMiner.Samples.Digital;
using StrategyMiner.Text;

namespace StrategyMiner.Extraction.Tests;

public class PdfPigExtractorTests
{
    private const string Header = "Regional utvecklingsstrategi för Dalarna · Dalastrategin 2030";

    private StrategyPdfBuilder layout = null!;
    private ExtractedDocument document = null!;

    [OneTimeSetUp]
    public void ExtractTwoColumnBrochure()
    {
        var text = new SampleStrategyText(seed: 3);
        layout = new StrategyPdfBuilder("Dalastrategin 2030", Header, "Sida {page}");
        layout.AddPage(columns: 2)
            .Heading("1 Inledning", 1)
            .Paragraph("Det regionala utveck|lingsarbetet i Dalarna bedrivs av många aktörer. Vi ser stad-land-relationer som en " +
                       "styrka och vill att EU-|medel används på kommun- och regionnivå för ”ett gott liv” – i hela länet — och " +
                       "för länets ’bästa’.");
        for (var i = 0; i < 7; i++) layout.Paragraph(text.Paragraph());
        layout.Heading("1.1 Mål och delmål", 2);
        for (var i = 0; i < 7; i++) layout.Paragraph(text.Paragraph());
        layout.Heading("Delmål för kompetens", 3);
        for (var i = 0; i < 8; i++) layout.Paragraph(text.Paragraph());
        layout.AddPage(columns: 1, stripDiacritics: true)
            .Heading("2 Genomförande", 1)
            .Paragraph(text.Paragraph(4))
            .Image(120, "Källa: SCB 2023")
            .Paragraph(text.Paragraph(3))
            .AddPage(runningText: false)
            .Image(500);

        using var file = TempFile.With(layout.Build());
        document = new PdfPigExtractor().Extract(file.Path);
    }

    [Test]
    public void Paragraphs_come_back_whole_and_in_reading_order_as_laid_out()
    {
        Assert.That(layout.Paragraphs.Any(p => p.Parts == 2 && p.Pages.Count == 1), "precondition: a paragraph runs on into column 2");
        Assert.That(layout.Paragraphs.Any(p => p.Pages.Count == 2), "precondition: a paragraph runs on onto the next page");

        Assert.That(ParagraphsOf(document), Is.EqualTo(layout.Paragraphs.Select(p => p.Text)));
    }

    [Test]
    public void Running_header_footer_and_page_numbers_are_dropped_on_every_page_even_without_diacritics()
    {
        var all = string.Join("\n", document.Pages.SelectMany(p => p.Blocks).Select(b => b.Text));
        Assert.Multiple(() =>
        {
            Assert.That(document.PageCount, Is.GreaterThanOrEqualTo(4), "precondition: several pages");
            Assert.That(all, Does.Not.Contain("Regional utvecklingsstrategi för Dalarna"));
            Assert.That(all, Does.Not.Contain("Regional utvecklingsstrategi for Dalarna"), "the header on the page that lost its diacritics");
            Assert.That(all, Does.Not.Contain("Sida "));
            Assert.That(document.Pages.SelectMany(p => p.Blocks).Where(b => b.Text.Trim().All(char.IsDigit)), Is.Empty);
        });
    }

    [Test]
    public void Two_columns_are_read_column_by_column()
    {
        foreach (var page in document.Pages.Where(p => p.PageNumber <= 2))
        {
            var sides = page.Blocks.Select(b => b.Box.Left < page.Width / 2 ? 0 : 1).ToList();
            Assert.That(sides, Is.Ordered, $"page {page.PageNumber}: all of column 1 before column 2");
            Assert.That(sides.Distinct().Count(), Is.EqualTo(2), $"page {page.PageNumber} has two columns");
        }
    }

    [Test]
    public void End_of_line_hyphens_are_joined_and_real_hyphens_kept()
    {
        Assert.That(layout.HyphenBreaks, Has.Count.GreaterThan(5), "precondition: the layout hyphenated words at line ends");
        var all = string.Join("\n", document.Pages.SelectMany(p => p.Blocks).Select(b => b.Text));
        Assert.Multiple(() =>
        {
            foreach (var hyphen in layout.HyphenBreaks)
            {
                Assert.That(all, Does.Contain(hyphen.Word));
                Assert.That(all, Does.Not.Contain(hyphen.Head + " " + hyphen.Tail));
            }
            Assert.That(all, Does.Contain("utvecklingsarbetet"));
            Assert.That(all, Does.Not.Contain("utveck-"));
            Assert.That(all, Does.Contain("stad-land-relationer"));
            Assert.That(all, Does.Contain("EU-medel"));
            Assert.That(all, Does.Contain("kommun- och regionnivå"));
        });
    }

    [Test]
    public void Swedish_letters_typographic_quotes_and_dashes_survive() =>
        Assert.That(document.Pages[0].Blocks.Select(b => b.Text),
            Has.Some.Contains("för ”ett gott liv” – i hela länet — och för länets ’bästa’."));

    [Test]
    public void Headings_get_levels_by_size_and_paragraphs_do_not()
    {
        var headings = document.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == BlockRole.Heading)
            .Select(b => (b.Text, b.HeadingLevel)).ToList();
        Assert.That(headings, Is.EqualTo(new[]
        {
            ("1 Inledning", 1), ("1.1 Mål och delmål", 2), ("Delmål för kompetens", 3), ("2 Genomforande", 1),
        }));
        Assert.That(document.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == BlockRole.Paragraph).Select(b => b.HeadingLevel), Is.All.Zero);
    }

    [Test]
    public void A_paragraph_cut_by_the_column_end_ends_open()
    {
        var page = document.Pages[0];
        var lastInColumn1 = page.Blocks.Last(b => b.Box.Left < page.Width / 2);
        var runOn = layout.Paragraphs.First(p => p.Parts == 2 && p.Pages.SequenceEqual([1]));
        Assert.That(runOn.Text, Does.StartWith(lastInColumn1.Text[..30]), "precondition: column 1 ends inside that paragraph");
        Assert.That(lastInColumn1.EndsOpen, Is.True);
        Assert.That(page.Blocks.Where(b => b.Role == BlockRole.Paragraph && b != lastInColumn1 && b.Box.Left < page.Width / 2).Select(b => b.EndsOpen), Is.All.False);
    }

    [Test]
    public void Page_facts_are_reported()
    {
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo("Dalastrategin 2030"));
            Assert.That(document.Pages.Select(p => p.PageNumber), Is.EqualTo(Enumerable.Range(1, document.PageCount)));
            Assert.That(document.Pages.Select(p => p.Source), Is.All.EqualTo(PageSource.TextLayer));
            Assert.That(document.Pages.Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Is.All.EqualTo((595d, 842d)));
            Assert.That(document.Pages.Select(p => p.HasImages), Is.EqualTo(document.Pages.Select(p => p.PageNumber >= document.PageCount - 1)));
        });
    }

    [Test]
    public void A_page_without_letters_has_no_blocks_and_the_caption_is_small_type_that_does_not_run_on()
    {
        var pictureOnly = document.Pages[^1];
        var caption = document.Pages[^2].Blocks.Single(b => b.Text == "Kalla: SCB 2023");
        Assert.Multiple(() =>
        {
            Assert.That(pictureOnly.Blocks, Is.Empty);
            Assert.That(pictureOnly.HasImages, Is.True);
            Assert.That(caption.FontSize, Is.LessThan(10));
            Assert.That(caption.EndsOpen, Is.False);
        });
    }

    [Test]
    public void A_long_sample_strategy_round_trips_paragraph_for_paragraph()
    {
        var sample = SampleStrategyDocument.Create("Gävleborg", seed: 11, pages: 16, columns: 2, stripEveryNthChapter: 3);
        using var file = TempFile.With(sample.Build());
        var extracted = new PdfPigExtractor().Extract(file.Path);

        Assert.That(extracted.PageCount, Is.EqualTo(16));
        Assert.That(ParagraphsOf(extracted), Is.EqualTo(sample.Paragraphs.Select(p => p.Text)));
    }

    [Test]
    public void Cancellation_stops_extraction()
    {
        using var file = TempFile.With(new StrategyPdfBuilder("T", "H").Paragraph("Kort text på en sida.").Build());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new PdfPigExtractor().Extract(file.Path, cancelled.Token));
    }

    /// <summary>Body paragraphs with open ends joined to what follows, as the passage stage does; headings and small type excluded.</summary>
    private static List<string> ParagraphsOf(ExtractedDocument extracted)
    {
        var body = extracted.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == BlockRole.Paragraph).GroupBy(b => b.FontSize)
            .MaxBy(g => g.Sum(b => b.Text.Length))!.Key;
        var result = new List<string>();
        string? open = null;
        foreach (var block in extracted.Pages.SelectMany(p => p.Blocks))
        {
            if (block.Role == BlockRole.Heading || block.FontSize < body - 1)
            {
                if (open is not null) result.Add(open);
                open = null;
                continue;
            }
            var text = open is null ? block.Text : Hyphenation.Join(open, block.Text);
            if (block.EndsOpen)
            {
                open = text;
            }
            else
            {
                result.Add(text);
                open = null;
            }
        }
        if (open is not null) result.Add(open);
        return result;
    }
}
