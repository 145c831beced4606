using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

public sealed class QuoteMatcherTests
{
    private const string Passage = "Den årliga konferensen ”Värmland 2040” samlade drygt 400 deltagare – kommuner, näringsliv och\ncivilsamhälle. Regionens 'kraftsamling' för kompetens\u00ADförsörjning fortsätter.";

    private static IEnumerable<TestCaseData> Quotes()
    {
        yield return new TestCaseData("samlade drygt 400 deltagare", true).SetName("verbatim");
        yield return new TestCaseData("\"Värmland 2040\" samlade", true).SetName("straight quotes for typographic");
        yield return new TestCaseData("deltagare - kommuner, näringsliv och civilsamhälle", true).SetName("hyphen for en dash and newline for space");
        yield return new TestCaseData("  DEN ÅRLIGA   konferensen ", true).SetName("case and spacing");
        yield return new TestCaseData("”Den årliga konferensen”", true).SetName("quote wrapped in quote marks");
        yield return new TestCaseData("Regionens ’kraftsamling’ för kompetensförsörjning", true).SetName("typographic apostrophes and soft hyphen");
        yield return new TestCaseData("konferensen … samlade drygt 400 deltagare", true).SetName("ellipsis for an omission");
        yield return new TestCaseData("samlade drygt 400 deltagare ... Den årliga konferensen", false).SetName("ellipsis pieces out of order");
        yield return new TestCaseData("samlade över 400 deltagare", false).SetName("paraphrase");
        yield return new TestCaseData("Regionen har en handlingsplan", false).SetName("invented");
        yield return new TestCaseData("och", false).SetName("too short");
        yield return new TestCaseData("", false).SetName("empty");
    }

    [TestCaseSource(nameof(Quotes))]
    public void QuoteIsFoundOnlyWhenThePassageSaysIt(string quote, bool expected) =>
        Assert.That(QuoteMatcher.IsInPassage(Passage, quote), Is.EqualTo(expected));
}
