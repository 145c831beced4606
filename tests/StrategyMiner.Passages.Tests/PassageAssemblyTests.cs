using StrategyMiner.Documents;

namespace StrategyMiner.Passages.Tests;

/// <summary>Passage rules on pages built by hand, as OCR and repair produce them.</summary>
public class PassageAssemblyTests
{
    private static readonly DocumentInfo Info = new("0123456789abcdef", "rus-norrbotten.pdf", "Norrbotten", null, null, 3);
    private static readonly BoundingBox Left = new(50, 100, 280, 700);
    private static readonly BoundingBox Right = new(310, 100, 540, 700);

    private static TextBlock Para(string text, BoundingBox box, bool open = false) => new(text, box, FontSize: 10) { EndsOpen = open };

    private static TextBlock Heading(string text, int level) => new(text, Left, BlockRole.Heading, level, 14);

    [Test]
    public void A_heading_between_two_blocks_starts_a_new_paragraph_even_after_an_open_end()
    {
        var page = new PageText(1, PageSource.TextLayer,
            [Heading("1 Mål", 1), Para("Länet ska växa genom att", Left, open: true), Heading("1.1 Delmål", 2), Para("Fler ska arbeta i länet år 2030.", Right)], 595, 842);
        var passages = new ParagraphPassageBuilder().GetPassages(Info, [page]);

        Assert.That(passages.Select(p => (p.Text, p.Heading)), Is.EqualTo(new[]
        {
            ("Länet ska växa genom att", "1 Mål"),
            ("Fler ska arbeta i länet år 2030.", "1 Mål › 1.1 Delmål"),
        }));
    }

    [Test]
    public void An_open_paragraph_continues_over_a_page_break_and_a_hyphen_there_is_joined()
    {
        var pages = new[]
        {
            new PageText(1, PageSource.TextLayer, [Heading("2 Genomförande", 1), Para("Vi stärker det regionala utveck-", Left, open: true)], 595, 842),
            new PageText(2, PageSource.TextLayer, [Para("lingsarbetet och EU-medel används på kommun- och regionnivå.", Left)], 595, 842),
        };
        var passage = new ParagraphPassageBuilder().GetPassages(Info, pages).Single();

        Assert.That(passage.Text, Is.EqualTo("Vi stärker det regionala utvecklingsarbetet och EU-medel används på kommun- och regionnivå."));
        Assert.That(passage.Pages, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(passage.Boxes, Is.EqualTo(new[] { new PageBox(1, Left), new PageBox(2, Left) }));
        Assert.That(passage.Heading, Is.EqualTo("2 Genomförande"));
    }

    [Test]
    public void Source_is_the_weakest_page_and_confidence_the_mean_of_word_confidences()
    {
        var words = new[]
        {
            new WordBox("Vi", new BoundingBox(50, 650, 70, 660), 0.9), new WordBox("ska", new BoundingBox(75, 650, 95, 660), 0.7),
            new WordBox("öka", new BoundingBox(100, 650, 130, 660), 0.8),
        };
        var ocr = new PageText(1, PageSource.Ocr, [new TextBlock("Vi ska öka", Left, FontSize: 0) { EndsOpen = true, Words = words }], 595, 842) { Confidence = 0.8 };
        var text = new PageText(2, PageSource.TextLayer, [Para("tillväxten i hela länet.", Left)], 595, 842);
        var passage = new ParagraphPassageBuilder().GetPassages(Info, [ocr, text]).Single();

        Assert.That(passage.Source, Is.EqualTo(PageSource.Ocr));
        Assert.That(passage.Confidence, Is.EqualTo(0.8).Within(1e-9));
        Assert.That(passage.Boxes[0], Is.EqualTo(new PageBox(1, new BoundingBox(50, 650, 130, 660))), "OCR part boxed by its words");
        Assert.That(passage.Boxes[1], Is.EqualTo(new PageBox(2, Left)));
    }

    [Test]
    public void Repaired_is_weaker_than_ocr_and_page_confidence_is_used_without_words()
    {
        var repaired = new PageText(1, PageSource.Repaired, [Para("Vi ska stärka kompetensförsörjningen i länet", Left, open: true)], 595, 842) { Confidence = 0.6 };
        var ocr = new PageText(2, PageSource.Ocr, [Para("och i hela regionen.", Left)], 595, 842) { Confidence = 0.9 };
        var passage = new ParagraphPassageBuilder().GetPassages(Info, [repaired, ocr]).Single();

        Assert.That(passage.Source, Is.EqualTo(PageSource.Repaired));
        Assert.That(passage.Confidence, Is.EqualTo(0.75).Within(1e-9));
    }

    [TestCase("Källa: SCB 2023")]
    [TestCase("Figur 3. Befolkning")]
    [TestCase("2010 2015 2020 2025")]
    [TestCase("Tabell 2: Mål")]
    [TestCase("Andel %")]
    public void Fragments_are_not_passages(string fragment)
    {
        var page = new PageText(1, PageSource.TextLayer, [Para(fragment, Left), Para("Ett riktigt stycke om regional utveckling.", Left)], 595, 842);
        Assert.That(new ParagraphPassageBuilder().GetPassages(Info, [page]).Select(p => p.Text), Is.EqualTo(new[] { "Ett riktigt stycke om regional utveckling." }));
    }

    [Test]
    public void A_long_paragraph_is_cut_at_sentences_but_not_after_abbreviations()
    {
        var sentences = Enumerable.Range(1, 14).Select(i =>
            $"Insats {i} stärker t.ex. kompetensförsörjningen och bl.a. samverkan mellan kommunerna i länet, s.k. funktionella regioner.").ToList();
        var text = string.Join(' ', sentences);
        Assert.That(text, Has.Length.GreaterThan(1200), "precondition");
        var page = new PageText(1, PageSource.TextLayer, [Para(text, Left)], 595, 842);

        var pieces = new ParagraphPassageBuilder().GetPassages(Info, [page]);

        Assert.That(pieces, Has.Count.GreaterThan(1));
        Assert.That(string.Join(' ', pieces.Select(p => p.Text)), Is.EqualTo(text), "nothing lost or reordered");
        Assert.That(pieces.Select(p => p.Text.Length), Is.All.LessThanOrEqualTo(1200));
        Assert.That(pieces.Select(p => p.Text), Is.All.Match(@"^Insats \d+ .*regioner\.$"), "every piece starts and ends at a sentence boundary");
        Assert.That(pieces.Select(p => p.Pages), Is.All.EqualTo(new[] { 1 }));
        Assert.That(pieces.Select(p => p.Ordinal), Is.EqualTo(Enumerable.Range(0, pieces.Count)));
    }

    [Test]
    public void Pieces_of_a_paragraph_over_two_pages_get_the_pages_their_text_is_on()
    {
        var first = string.Join(' ', Enumerable.Range(1, 10).Select(i => $"Mening {i} på första sidan handlar om bredband, vägar och järnvägar i länet."));
        var second = string.Join(' ', Enumerable.Range(1, 10).Select(i => $"Mening {i} på andra sidan handlar om skolor, vård och omsorg i kommunerna."));
        var pages = new[]
        {
            new PageText(1, PageSource.TextLayer, [Para(first, Left, open: true)], 595, 842),
            new PageText(2, PageSource.TextLayer, [Para(second, Left)], 595, 842),
        };
        var pieces = new ParagraphPassageBuilder().GetPassages(Info, pages);

        Assert.That(pieces, Has.Count.GreaterThan(1), "precondition: the paragraph is cut");
        foreach (var piece in pieces)
        {
            var expected = new[] { (1, "första sidan"), (2, "andra sidan") }.Where(x => piece.Text.Contains(x.Item2, StringComparison.Ordinal)).Select(x => x.Item1);
            Assert.That(piece.Pages, Is.EqualTo(expected), piece.Text);
        }
    }

    [Test]
    public void A_caption_that_ends_open_does_not_swallow_the_next_paragraph()
    {
        var page = new PageText(1, PageSource.TextLayer,
            [new TextBlock("Diagram över länets befolkning och arbetsmarknad", Left, FontSize: 8) { EndsOpen = true }, Para("Befolkningen i länet växer långsamt.", Right)], 595, 842);
        Assert.That(new ParagraphPassageBuilder().GetPassages(Info, [page]).Select(p => p.Text),
            Is.EqualTo(new[] { "Diagram över länets befolkning och arbetsmarknad", "Befolkningen i länet växer långsamt." }));
    }
}
