namespace StrategyMiner.Ocr.Tests;

[TestFixture]
public sealed class OcrPageBuilderTests
{
    private static readonly object[] HyphenatedLines =
    [
        new object[] { new[] { "Regionens utvecklings-", "strategi ska stärka" }, "Regionens utvecklingsstrategi ska stärka" },
        new object[] { new[] { "samverkan inom EU-", "projekten" }, "samverkan inom EU-projekten" },
        new object[] { new[] { "närings-", "och samhällsliv" }, "närings- och samhällsliv" },
        new object[] { new[] { "kultur- eller", "fritidsverksamhet" }, "kultur- eller fritidsverksamhet" },
        new object[] { new[] { "år 2020-", "2030 gäller" }, "år 2020- 2030 gäller" },
        new object[] { new[] { "länet –", "även på landsbygden" }, "länet – även på landsbygden" },
        new object[] { new[] { "Norr-", "botten och Väster-", "botten" }, "Norrbotten och Västerbotten" },
        new object[] { new[] { "hållbar till\u00AD", "växt" }, "hållbar tillväxt" },
        new object[] { new[] { "en rad", "”öppna”", "frågor" }, "en rad ”öppna” frågor" },
    ];

    [TestCaseSource(nameof(HyphenatedLines))]
    public void LinesAreJoinedAndEndOfLineHyphenationUndone(string[] lines, string expected)
    {
        var words = lines.Select(l => (IReadOnlyList<string>)l.Split(' ')).ToList();
        Assert.That(OcrPageBuilder.JoinLines(words), Is.EqualTo(expected));
    }

    [TestCase("Målet är att öka sysselsättningen.", false)]
    [TestCase("Vad vill vi uppnå?", false)]
    [TestCase("Strategin pekar ut fyra områden:", false)]
    [TestCase("Det kallas ”smart specialisering.”", false)]
    [TestCase("Regionens utvecklingsstrategi ska stärka samverkan mellan kommuner,", true)]
    [TestCase("Kompetensförsörjning", true)]
    public void BlockIsOpenUnlessItEndsASentence(string text, bool open) =>
        Assert.That(OcrPageBuilder.EndsOpen(text), Is.EqualTo(open));

    [TestCase("|", 95f, true)]
    [TestCase("__", 90f, true)]
    [TestCase("—", 30f, true)]
    [TestCase("–", 92f, false)]
    [TestCase("å", 40f, false)]
    [TestCase("2030", 20f, false)]
    public void MarksFromRulesAndDustAreNotWords(string text, float confidence, bool noise) =>
        Assert.That(OcrPageBuilder.IsNoise(new OcrWord(text, 0, 0, 10, 10, confidence, 0, 0)), Is.EqualTo(noise));
}
