using StrategyMiner.Documents;
using StrategyMiner.Passages.Tests.Golden;

namespace StrategyMiner.Passages.Tests;

/// <summary>What an analyst checks in the passages of a two-column brochure.</summary>
public class TwoColumnPassagesTests
{
    private GoldenFixture golden = null!;

    [OneTimeSetUp]
    public void Build() => golden = GoldenFixture.Build();

    private IReadOnlyList<Passage> Passages => golden.Passages;

    [Test]
    public void Every_laid_out_paragraph_is_one_passage_in_reading_order_with_its_pages_and_headings()
    {
        // The long paragraph is cut into pieces; all others must come back exactly.
        var expected = golden.Layout.Paragraphs.Where(p => p.Text.Length <= 1200).ToList();
        var actual = Passages.Where(p => !IsPieceOfLong(p)).ToList();
        Assert.That(actual.Select(p => p.Text), Is.EqualTo(expected.Select(p => p.Text)));
        Assert.That(actual.Select(p => p.Pages), Is.EqualTo(expected.Select(p => p.Pages)));
        Assert.That(actual.Select(p => p.Heading), Is.EqualTo(expected.Select(p => p.Heading)));
        Assert.That(Passages.Select(p => p.Ordinal), Is.EqualTo(Enumerable.Range(0, Passages.Count)));
    }

    [Test]
    public void A_paragraph_continued_in_the_next_column_is_one_passage()
    {
        var runOn = golden.Layout.Paragraphs.Single(p => p.Parts == 2 && p.Pages.Count == 1);
        Assert.That(runOn.Text, Does.StartWith("Det regionala utvecklingsarbetet i Dalarna"), "precondition: the long paragraph crosses the column");
        Assert.That(Passages.Where(IsPieceOfLong).Select(p => p.Text), Is.Not.Empty);
        Assert.That(string.Join(" ", Passages.Where(IsPieceOfLong).Select(p => p.Text)), Is.EqualTo(runOn.Text));
    }

    [Test]
    public void A_paragraph_continued_on_the_next_page_is_one_passage_on_both_pages()
    {
        var runOn = golden.Layout.Paragraphs.Last(p => p.Pages.Count == 2);
        var passage = Passages.Last(p => p.Text == runOn.Text);
        Assert.That(passage.Pages, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(passage.Boxes.Select(b => b.Page), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(passage.Text, Does.StartWith("Kompetensförsörjningen är en av de viktigaste").And.EndWith("för att växa."));
    }

    [Test]
    public void Running_header_footer_and_page_numbers_are_not_in_any_passage()
    {
        Assert.That(Passages.Select(p => p.Text), Has.None.Contains("Region Dalarna ·").And.None.Contains("Dalastrategin 2030 ·"));
        Assert.That(Passages.Select(p => p.Text), Has.None.Contains("Sida "));
        Assert.That(Passages.Select(p => p.Text), Has.None.Matches(@"^\d+$"));
    }

    [Test]
    public void Hyphenation_is_joined_and_real_hyphens_kept()
    {
        Assert.That(golden.Layout.HyphenBreaks.Select(h => h.Head), Does.Contain("utveck-"), "precondition: a line ends in utveck-");
        var all = string.Join("\n", Passages.Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(all, Does.Contain("utvecklingsarbetet"));
            Assert.That(all, Does.Not.Contain("utveck-"));
            foreach (var hyphen in golden.Layout.HyphenBreaks)
            {
                Assert.That(all, Does.Contain(hyphen.Word));
            }
            Assert.That(all, Does.Contain("stad-land-relationer"));
            Assert.That(all, Does.Contain("EU-medel"));
            Assert.That(all, Does.Contain("kommun- och regionnivå"));
        });
    }

    [Test]
    public void Swedish_letters_quotes_and_dashes_are_intact() =>
        Assert.That(Passages[1].Text, Is.EqualTo(
            "Målet är ”ett gott liv i hela Dalarna” – i städerna såväl som på landsbygden. Vi ser stad-land-relationer som " +
            "en styrka och vill att EU-medel används där de gör störst nytta, på kommun- och regionnivå. Det kräver att vi " +
            "vågar prioritera — och att vi följer upp det vi gör."));

    [Test]
    public void Heading_paths_follow_the_heading_levels()
    {
        Assert.That(Passages.Select(p => p.Heading).Distinct(), Is.EqualTo(new[]
        {
            "1 Inledning",
            "1 Inledning › 1.1 Ansvar och samverkan",
            "1 Inledning › 1.2 Utgångsläge",
            "2 Genomförande › 2.1 Handlingsplaner",
            "3 Bilagor",
        }));
    }

    [Test]
    public void Captions_and_pages_without_text_give_no_passages()
    {
        Assert.That(Passages.Select(p => p.Text), Has.None.Contains("SCB"));
        Assert.That(golden.Extracted.Pages[^1].Blocks, Is.Empty, "precondition: the last page is a picture only");
        Assert.That(Passages.SelectMany(p => p.Pages), Has.None.EqualTo(golden.Extracted.PageCount));
    }

    [Test]
    public void Text_layer_passages_say_so_and_carry_no_confidence()
    {
        Assert.That(Passages.Select(p => p.Source), Is.All.EqualTo(PageSource.TextLayer));
        Assert.That(Passages.Select(p => p.Confidence), Is.All.Null);
        Assert.That(Passages.Select(p => p.DocumentId), Is.All.EqualTo(golden.Info.Id));
    }

    [Test]
    public void The_page_that_lost_its_diacritics_still_gives_its_passage()
    {
        var last = Passages[^1];
        Assert.That(last.Pages, Is.EqualTo(new[] { 3 }));
        Assert.That(last.Text, Does.StartWith("Pa den har sidan har textlagret tappat sina diakritiska tecken"));
    }

    private static bool IsPieceOfLong(Passage passage) => GoldenDocument.Long.Replace("|", "").Contains(passage.Text, StringComparison.Ordinal);
}
