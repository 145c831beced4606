using StrategyMiner.Documents;

namespace StrategyMiner.Ocr.Tests;

[TestFixture]
public sealed class TextLayerCheckTests
{
    private const string GoodSwedish =
        "Regionens utvecklingsstrategi ska stärka samverkan mellan kommuner, näringsliv och högskolor i hela länet. " +
        "Målet är att öka sysselsättningen och att fler ska vilja bo, arbeta och driva företag – även på landsbygden. " +
        "Strategin pekar ut fyra prioriterade områden: kompetensförsörjning, tillgänglighet, innovation och en ”hållbar omställning”.";

    private static readonly object[] KeptPages =
    [
        new object[] { "good Swedish", GoodSwedish, "text layer reads as Swedish: " },
        new object[] { "Swedish without diacritics",
            "Regionens utvecklingsstrategi ska starka samverkan mellan kommuner, naringsliv och hogskolor i hela lanet. " +
            "For att na malen kravs insatser pa manga omraden. Utvecklingsomradet ar viktigt for hela regionen och for lanets foretag.",
            "text layer reads as Swedish: " },
        new object[] { "Swedish with OCR confusions",
            "Viska 6ka stédet till foretagen i lanet och sakerstalla att kompetensforsorjningen fungerar for alla kommuner i regionen.",
            "text layer reads as Swedish: " },
        new object[] { "English summary",
            "This regional development strategy sets out the priorities of the region for the coming years and the work that will be done with our partners.",
            "text layer reads as Swedish: " },
        new object[] { "a heading alone", "Bilaga 3. Indikatorer", "too little text to judge the language (2 words); kept" },
        new object[] { "bullets in private-use glyphs", GoodSwedish.Replace(". ", ". \uF0B7 "), "text layer reads as Swedish: " },
    ];

    private static readonly object[] OcrPages =
    [
        new object[] { "empty", "", "no text layer (no letters)" },
        new object[] { "only page numbers", "12 13", "no text layer (no letters)" },
        new object[] { "unmapped glyphs", "(cid:12)(cid:45)(cid:3)(cid:88)(cid:17) (cid:4)(cid:9)(cid:31) (cid:71)(cid:3)(cid:52)(cid:19)", "garbled text layer: 100% of glyphs unreadable (U+FFFD, private-use, control or (cid:n))" },
        new object[] { "replacement characters", "Regionens \uFFFD\uFFFD\uFFFD\uFFFD \uFFFDka \uFFFD\uFFFD\uFFFDrka samverkan", "garbled text layer: 26% of glyphs unreadable (U+FFFD, private-use, control or (cid:n))" },
        new object[] { "mojibake", "Regionens mÃ¥l Ã¤r att Ã¶ka sysselsÃ¤ttningen fÃ¶r alla och stÃ¤rka fÃ¶retagen pÃ¥ landsbygden i hela lÃ¤net.", "garbled text layer: mojibake (9 sequences such as 'Ã¥')" },
        new object[] { "vowelless font encoding", "Rgnns tvcklngsstrtg sk strk smvrkn mlln kmmnr nrngslv ch hgsklr hl lnt mlt r tt k", "garbled text layer: 100% of words have no vowel" },
        new object[] { "shifted font encoding", "Uhjlrqhqv xwyhfnolqjvvwudwhjl vnd vwåund vdpyhundq phoodq nrppxqhu, qåulqjvoly rfk kœjvnroru l khod oåqhw lqrp uhjlrqhq.", "text layer does not read as Swedish: 0% of 15 words are common Swedish words" },
    ];

    [TestCaseSource(nameof(KeptPages))]
    public void UsableTextLayerIsKept(string kind, string text, string reason)
    {
        var check = new TextLayerCheck();
        Assert.Multiple(() =>
        {
            Assert.That(check.NeedsOcr(Page(text), out var why), Is.False, kind);
            Assert.That(why, Does.StartWith(reason), kind);
        });
    }

    [TestCaseSource(nameof(OcrPages))]
    public void BrokenTextLayerGoesToOcr(string kind, string text, string reason)
    {
        var check = new TextLayerCheck();
        Assert.Multiple(() =>
        {
            Assert.That(check.NeedsOcr(Page(text), out var why), Is.True, kind);
            Assert.That(why, Is.EqualTo(reason), kind);
            Assert.That(check.NeedsOcr(Page(text)), Is.True, kind);
        });
    }

    [Test]
    public void PageAlreadyReadByOcrIsNotReadAgain()
    {
        var page = new PageText(1, PageSource.Ocr, [], 595, 842);
        Assert.That(new TextLayerCheck().NeedsOcr(page, out var why), Is.False);
        Assert.That(why, Is.EqualTo("already read by OCR"));
    }

    private static PageText Page(string text) =>
        new(1, PageSource.TextLayer, text.Length == 0 ? [] : [new TextBlock(text, new BoundingBox(72, 600, 520, 770))], 595, 842);
}
