using StrategyMiner.Text;

namespace StrategyMiner.Review.Tests;

public class RepairDiffTests
{
    private const string Original = "Rubrik\n\nViska 6ka stodet till foretagen – ”snabbt”.\n\nNasta stycke om lanet.";

    private static TextChange Change(string before, string after) => new(Original.IndexOf(before, StringComparison.Ordinal), before, after, 2.5);

    [Test]
    public void The_passage_part_of_the_page_is_cut_out_with_its_changes()
    {
        var view = RepairDiff.Build(Original, [Change("Viska", "Vi ska"), Change("6ka", "öka"), Change("stodet", "stödet"), Change("foretagen", "företagen"), Change("lanet", "länet")],
            "Vi ska öka stödet till företagen – ”snabbt”.")!;
        Assert.That(view.Located, Is.True);
        Assert.That(view.Changes, Is.EqualTo(4), "the change in the next paragraph is not part of this passage");
        Assert.That(string.Concat(view.Segments.Select(s => s.Original)), Is.EqualTo("Viska 6ka stodet till foretagen – ”snabbt”."));
        Assert.That(string.Concat(view.Segments.Select(s => s.Repaired)), Is.EqualTo("Vi ska öka stödet till företagen – ”snabbt”."));
    }

    [Test]
    public void A_passage_with_other_line_breaks_is_still_found()
    {
        var view = RepairDiff.Build(Original, [Change("6ka", "öka")], "Viska öka stodet\ntill  foretagen – ”snabbt”.")!;
        Assert.That(view.Located, Is.True);
        Assert.That(view.Segments.Single(s => s.Changed).Repaired, Is.EqualTo("öka"));
    }

    [Test]
    public void A_passage_running_onto_the_next_page_is_found_by_its_start()
    {
        const string page = "Inledning.\n\nRegionen ska under perioden arbeta med att stärka den gemensamma";
        var view = RepairDiff.Build(page, [], "Regionen ska under perioden arbeta med att stärka den gemensamma kompetensförsörjningen i länet.")!;
        Assert.That(view.Located, Is.True);
        Assert.That(string.Concat(view.Segments.Select(s => s.Repaired)), Is.EqualTo("Regionen ska under perioden arbeta med att stärka den gemensamma"));
    }

    [Test]
    public void Changes_that_do_not_fit_the_original_are_skipped_and_counted()
    {
        var view = RepairDiff.Build(Original, [Change("Viska", "Vi ska"), new TextChange(8, "XYZ", "abc", 1), new TextChange(1, "ubrik", "x", 1), new TextChange(2, "brik", "y", 1)], "Rubrik")!;
        Assert.That(view.Skipped, Is.EqualTo(2), "one does not match the text, one overlaps an earlier change");
    }

    [Test]
    public void Pages_that_were_not_repaired_have_no_view()
    {
        Assert.That(RepairDiff.Build(null, [], "text"), Is.Null);
    }
}
