namespace StrategyMiner.Passages.Tests;

public class SentenceSplitterTests
{
    private static readonly object[] Cases =
    [
        new object[] { "Vi ska växa. Det kräver kompetens.", new[] { "Vi ska växa.", "Det kräver kompetens." } },
        new object[] { "Satsningar t.ex. inom besöksnäringen ger jobb. Nästa mening.", new[] { "Satsningar t.ex. inom besöksnäringen ger jobb.", "Nästa mening." } },
        new object[] { "Aktörer, bl.a. Region Dalarna och kommunerna, samverkar. Sedan följer vi upp.", new[] { "Aktörer, bl.a. Region Dalarna och kommunerna, samverkar.", "Sedan följer vi upp." } },
        new object[] { "Det s.k. Dalamålet gäller. Ca. 40 miljoner satsas.", new[] { "Det s.k. Dalamålet gäller.", "Ca. 40 miljoner satsas." } },
        new object[] { "Kommunerna m.fl. Aktörer ingår, dvs. Alla. Klart!", new[] { "Kommunerna m.fl. Aktörer ingår, dvs. Alla.", "Klart!" } },
        new object[] { "Med ca. 30 indikatorer. Därefter redovisning.", new[] { "Med ca. 30 indikatorer.", "Därefter redovisning." } },
        new object[] { "Målet är ”ett gott liv.” Det gäller alla.", new[] { "Målet är ”ett gott liv.”", "Det gäller alla." } },
        new object[] { "Strategin gäller till 2030. 2031 kommer en ny.", new[] { "Strategin gäller till 2030.", "2031 kommer en ny." } },
        new object[] { "Enligt A. Berg är det så. Vi håller med?  Ja!", new[] { "Enligt A. Berg är det så.", "Vi håller med?", "Ja!" } },
        new object[] { "Ingen punkt på slutet", new[] { "Ingen punkt på slutet" } },
        new object[] { "www.regiondalarna.se är adressen. Besök den.", new[] { "www.regiondalarna.se är adressen.", "Besök den." } },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Splits_at_sentence_ends_but_not_after_abbreviations(string text, string[] sentences) =>
        Assert.That(SentenceSplitter.Sentences(text), Is.EqualTo(sentences));
}
