using StrategyMiner.Text;

namespace StrategyMiner.Extraction.Tests;

public class HyphenationJoinTests
{
    private static readonly object[] Cases =
    [
        new object[] { "det regionala utveck-", "lingsarbetet fram till 2030", "det regionala utvecklingsarbetet fram till 2030" },
        new object[] { "hur EU-", "medel kan användas", "hur EU-medel kan användas" },
        new object[] { "stärka stad-", "land-relationer i länet", "stärka stad-land-relationer i länet" },
        new object[] { "stärka stad-land-", "relationer i länet", "stärka stad-land-relationer i länet" },
        new object[] { "på kommun-", "och regionnivå", "på kommun- och regionnivå" },
        new object[] { "för miljö-", "eller klimatmål", "för miljö- eller klimatmål" },
        new object[] { "under 2020-", "talet", "under 2020-talet" },
        new object[] { "satsa på e-", "hälsa", "satsa på e-hälsa" },
        new object[] { "både ekonomiskt –", "och socialt", "både ekonomiskt – och socialt" },
        new object[] { "en mening som slutar.", "Nästa börjar", "en mening som slutar. Nästa börjar" },
        new object[] { "Dalarna-", "Gävleborg samverkar", "Dalarna-Gävleborg samverkar" },
        new object[] { "mjuk\u00AD", "bindestreck", "mjukbindestreck" },
        new object[] { "  ", "bara höger", "bara höger" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Join_undoes_line_break_hyphens_and_keeps_real_ones(string first, string second, string expected) =>
        Assert.That(Hyphenation.Join(first, second), Is.EqualTo(expected));

    [Test]
    public void JoinLines_joins_every_line_and_skips_blank_ones() =>
        Assert.That(Hyphenation.JoinLines(["Region Dalarna har ett utveck-", "", "lingsarbete med ”kommun-", "och regionnivå”."]),
            Is.EqualTo("Region Dalarna har ett utvecklingsarbete med ”kommun- och regionnivå”."));
}
