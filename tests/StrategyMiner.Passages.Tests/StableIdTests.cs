using StrategyMiner.Documents;
using StrategyMiner.Passages.Tests.Golden;
using StrategyMiner.Text;

namespace StrategyMiner.Passages.Tests;

public class StableIdTests
{
    [Test]
    public void Building_passages_twice_gives_the_same_ids()
    {
        var first = GoldenFixture.Build().Passages.Select(p => p.Id);
        var second = GoldenFixture.Build().Passages.Select(p => p.Id);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Revising_one_paragraph_changes_only_that_passage_id()
    {
        var original = GoldenFixture.Build();
        var revised = GoldenFixture.Build(GoldenDocument.Quotes.Replace("störst nytta", "mest nytta", StringComparison.Ordinal));

        var gone = original.Passages.Select(p => p.Id).Except(revised.Passages.Select(p => p.Id)).ToList();
        var added = revised.Passages.Select(p => p.Id).Except(original.Passages.Select(p => p.Id)).ToList();
        Assert.That(revised.Info.Id, Is.Not.EqualTo(original.Info.Id), "precondition: the file content changed");
        Assert.That(gone, Is.EqualTo(new[] { original.Passages[1].Id }));
        Assert.That(added, Is.EqualTo(new[] { revised.Passages[1].Id }));
        Assert.That(revised.Passages[1].Text, Does.Contain("mest nytta"));
    }

    [Test]
    public void A_repeated_paragraph_gets_its_own_id_and_the_id_is_the_documented_hash()
    {
        var passages = GoldenFixture.Build().Passages;
        var repeated = passages.GroupBy(p => p.Text).First(g => g.Count() == 2).ToList();
        var normalized = TextNormalizer.Normalize(repeated[0].Text);

        Assert.That(passages.Select(p => p.Id), Is.Unique);
        Assert.That(repeated[0].Id, Is.EqualTo(TextNormalizer.Hash(16, GoldenDocument.FileName, normalized, "0")));
        Assert.That(repeated[1].Id, Is.EqualTo(TextNormalizer.Hash(16, GoldenDocument.FileName, normalized, "1")));
    }

    [Test]
    public void Ids_do_not_depend_on_layout_or_typography()
    {
        static PageText Page(int number, params string[] paragraphs) =>
            new(number, PageSource.TextLayer, [.. paragraphs.Select(t => new TextBlock(t, new BoundingBox(50, 100, 300, 200)))], 595, 842);
        var info = new DocumentInfo("aaaa", "strategi.pdf", null, null, null, 2);
        var builder = new ParagraphPassageBuilder();

        var one = builder.GetPassages(info, [Page(1, "Vi ska stärka ”regionens” roll – tillsammans."), Page(2, "Andra stycket med text.")]);
        var other = builder.GetPassages(info with { Id = "bbbb" }, [Page(1, "Inledande stycke på ny sida."), Page(2, "Vi ska stärka \"regionens\"  roll - tillsammans.")]);

        Assert.That(other.Single(p => p.Text.StartsWith("Vi ska", StringComparison.Ordinal)).Id, Is.EqualTo(one[0].Id));
    }
}
