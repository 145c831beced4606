using StrategyMiner.Documents;
using StrategyMiner.Ocr.Imaging;

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

    [TestCase("3 Genomförande", 1.3, 1)]
    [TestCase("2.3 Uppföljning och lärande", 2.0, 2)]
    [TestCase("2.3. Uppföljning", 1.3, 2)]
    [TestCase("1.2.4 Kompetensförsörjning i Västernorrland", 1.3, 3)]
    [TestCase("4.1.2.3 Åtgärder för ”hela länet”", 1.3, 3)]
    [TestCase("Ett hållbart Dalarna", 2.0, 1)]
    [TestCase("Så följer vi upp strategin", 1.35, 2)]
    [TestCase("2030 – ett län i balans", 2.0, 1)]
    [TestCase("2030 – ett län i balans", 1.3, 2)]
    public void OcrHeadingDepthComesFromItsSectionNumberOrElseItsSize(string text, double ratioToBody, int level) =>
        Assert.That(OcrPageBuilder.HeadingLevel(text, ratioToBody), Is.EqualTo(level));

    [TestCase("|", 95f, true)]
    [TestCase("__", 90f, true)]
    [TestCase("—", 30f, true)]
    [TestCase("–", 92f, false)]
    [TestCase("å", 40f, false)]
    [TestCase("2030", 20f, false)]
    public void MarksFromRulesAndDustAreNotWords(string text, float confidence, bool noise) =>
        Assert.That(OcrPageBuilder.IsNoise(new OcrWord(text, 0, 0, 10, 10, confidence, 0, 0)), Is.EqualTo(noise));

    [Test]
    public void PageIsBuiltFromLinesWithoutMarginsAndJunk()
    {
        // A 72 dpi image, so one pixel is one point: x as on the page, y from the top.
        var image = new PageImage(new GreyImage(595, 842, new byte[595 * 842]), 595, 842, 0, 842, 1, 1);
        OcrWord W(string text, int left, int top, int right, int bottom, float confidence, int block, int line) =>
            new(text, left, top, right, bottom, confidence, block, line);
        var words = new List<OcrWord>
        {
            // A grey running header read badly in the top margin.
            W("Jämtlands", 72, 30, 120, 38, 40, 0, 0), W("län", 124, 30, 140, 38, 60, 0, 0),
            W("Regional", 72, 100, 160, 118, 96, 1, 1), W("utveckling", 166, 100, 270, 118, 95, 1, 1),
            W("Regionens", 72, 130, 130, 141, 96, 1, 2), W("utvecklings-", 135, 130, 220, 141, 93, 1, 2),
            W("strategi", 72, 145, 115, 156, 95, 1, 3), W("ska", 120, 145, 135, 156, 96, 1, 3),
            W("stärka", 140, 145, 175, 156, 96, 1, 3), W("samverkan.", 180, 145, 240, 156, 95, 1, 3),
            W("Målet", 72, 180, 100, 191, 96, 1, 4), W("är", 104, 180, 115, 191, 96, 1, 4), W("att", 119, 180, 135, 191, 96, 1, 4),
            W("öka", 139, 180, 160, 191, 96, 1, 4), W("sysselsättningen.", 164, 180, 250, 191, 95, 1, 4),
            // A logo read as letters, and the page number.
            W("[SJ", 500, 400, 510, 405, 20, 2, 5),
            W("12", 290, 800, 300, 810, 95, 3, 6),
        };

        var page = OcrPageBuilder.Build(4, image, new EngineResult(words, Cancelled: false), ReadingFrame.Upright(image.Image));

        Assert.Multiple(() =>
        {
            Assert.That(page.PageNumber, Is.EqualTo(4));
            Assert.That(page.Source, Is.EqualTo(PageSource.Ocr));
            Assert.That(page.Blocks.Select(b => b.Text), Is.EqualTo(new[]
            {
                "Regional utveckling", "Regionens utvecklingsstrategi ska stärka samverkan.", "Målet är att öka sysselsättningen.",
            }));
            Assert.That(page.Blocks.Select(b => b.Role), Is.EqualTo(new[] { BlockRole.Heading, BlockRole.Paragraph, BlockRole.Paragraph }));
            Assert.That(page.Blocks[0].Box, Is.EqualTo(new BoundingBox(72, 842 - 118, 270, 842 - 100)));
            Assert.That(page.Blocks[1].Words.Select(w => w.Text), Is.EqualTo(new[] { "Regionens", "utvecklings-", "strategi", "ska", "stärka", "samverkan." }));
            Assert.That(page.Blocks[1].Words[0].Confidence, Is.EqualTo(0.96).Within(1e-9));
            Assert.That(page.Confidence, Is.EqualTo(words.Skip(2).Take(13).Average(w => w.Confidence) / 100).Within(1e-4));
        });
    }
}
