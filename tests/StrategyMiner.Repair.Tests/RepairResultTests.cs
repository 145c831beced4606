using System.Text;
using StrategyMiner.Text;

namespace StrategyMiner.Repair.Tests;

/// <summary>What the result promises: same lines, changes that point at the original, nothing hidden.</summary>
public class RepairResultTests
{
    private const string Page =
        "Sammanfattning\n\nRegionen ska framja samverkan mellan kommunerna  \n" +
        "och 6ka stédet till foretagen.\r\n\n\n¥ Viska bli battre pa att\n  utveck lingen av lanet\n" +
        "Las mer pa https://www.regionen.se/stod-for-foretag/ idag.\n";

    [Test]
    public void LineStructureIsKeptExactly()
    {
        var result = Shared.Repairer.Repair(Page);
        Assert.That(result.Changes, Is.Not.Empty);
        var before = Page.Split('\n');
        var after = result.Text.Split('\n');
        Assert.That(after, Has.Length.EqualTo(before.Length));
        for (var i = 0; i < before.Length; i++)
        {
            Assert.That(after[i].Length == 0, Is.EqualTo(before[i].Length == 0), $"line {i}: blank lines stay blank");
            Assert.That(after[i].EndsWith('\r'), Is.EqualTo(before[i].EndsWith('\r')), $"line {i}: CR kept");
        }
        Assert.That(result.Text, Does.Contain("https://www.regionen.se/stod-for-foretag/"), "URLs are never changed");
    }

    [Test]
    public void ChangesPointAtTheOriginalTokensAndRebuildTheText()
    {
        var result = Shared.Repairer.Repair(Page);
        var rebuilt = new StringBuilder();
        var at = 0;
        foreach (var change in result.Changes)
        {
            Assert.That(Page.Substring(change.Position, change.Before.Length), Is.EqualTo(change.Before), $"{change}");
            Assert.That(change.Position, Is.GreaterThanOrEqualTo(at), "changes come in order and do not overlap");
            Assert.That(change.Score, Is.GreaterThan(0));
            rebuilt.Append(Page, at, change.Position - at).Append(change.After);
            at = change.Position + change.Before.Length;
        }
        rebuilt.Append(Page, at, Page.Length - at);
        Assert.That(rebuilt.ToString(), Is.EqualTo(result.Text));
        Assert.That(result.Original, Is.EqualTo(Page));
    }

    [Test]
    public void JoinedAndSplitWordsAreRecordedAsOneChange()
    {
        var result = Shared.Repairer.Repair(Page);
        Assert.That(result.Changes, Has.Some.Matches<TextChange>(c => c.Before == "Viska" && c.After == "Vi ska"));
        Assert.That(result.Changes, Has.Some.Matches<TextChange>(c => c.Before == "utveck lingen" && c.After == "utvecklingen"));
    }

    [Test]
    public void RepairIsTheSameFromManyThreads()
    {
        var texts = Enumerable.Range(0, 24).Select(i => SwedishOcrDamage.Damage(
            "Det är viktigt att regionen och kommunerna får möjlighet att främja företagens utveckling i hela länet.", i, 0.2)).ToArray();
        var sequential = texts.Select(t => Shared.Repairer.Repair(t).Text).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Shared.Repairer.Repair(texts[i]).Text);
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void EmptyAndWhitespaceTextComeBackAsTheyAre()
    {
        Assert.That(Shared.Repairer.Repair("").Text, Is.EqualTo(""));
        Assert.That(Shared.Repairer.Repair(" \n\n\t\n").Text, Is.EqualTo(" \n\n\t\n"));
    }
}
