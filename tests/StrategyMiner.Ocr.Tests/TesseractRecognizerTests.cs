using StrategyMiner.Documents;
using StrategyMiner.Samples.Scans;

namespace StrategyMiner.Ocr.Tests;

[TestFixture]
public sealed class TesseractRecognizerTests
{
    private TesseractRecognizer recognizer = null!;
    private Dictionary<int, PageText> pages = null!;

    [OneTimeSetUp]
    public void ReadTheMixedDocument()
    {
        // More workers than this machine may have cores, so pages really are read side by side.
        recognizer = new TesseractRecognizer(new TesseractOptions { Workers = 3 });
        pages = recognizer.Recognize(ScannedDocuments.Mixed, [1, 2, 3, 4, 5]).ToDictionary(p => p.PageNumber);
    }

    [OneTimeTearDown]
    public void DisposeRecognizer() => recognizer.Dispose();

    [Test]
    public void EveryRequestedPageComesBackOnce() =>
        Assert.That(pages.Keys, Is.EquivalentTo(new[] { 1, 2, 3, 4, 5 }));

    [Test]
    public void ScannedSwedishPageIsReadWithItsDiacritics()
    {
        var page = pages[1];
        var source = SwedishPages.PlainText(SwedishPages.Strategy);
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Ok), page.Note);
            Assert.That(page.Source, Is.EqualTo(PageSource.Ocr));
            Assert.That(page.Note, Is.Null);
            Assert.That(page.Confidence, Is.GreaterThan(0).And.LessThanOrEqualTo(1));
            Assert.That(WordErrorRate.Errors(source, page.Text), Is.LessThanOrEqualTo(2), page.Text);
            foreach (var word in new[] { "stärka", "näringsliv", "högskolor", "Målet", "öka", "sysselsättningen", "företag", "områden", "för" })
                Assert.That(page.Text, Does.Contain(word), $"'{word}' in: {page.Text}");
        });
    }

    [Test]
    public void ParagraphsFollowTheLayoutWithTheHeadingFirst()
    {
        var blocks = pages[1].Blocks;
        Assert.Multiple(() =>
        {
            Assert.That(blocks.Select(b => b.Text.Split(' ')[0]), Is.EqualTo(new[] { "Regional", "Regionens", "Målet", "Strategin" }));
            Assert.That(blocks[0].Role, Is.EqualTo(BlockRole.Heading));
            Assert.That(blocks[0].EndsOpen, Is.True);
            Assert.That(blocks.Skip(1).Select(b => b.Role), Is.All.EqualTo(BlockRole.Paragraph));
            Assert.That(blocks[1].EndsOpen, Is.False);
        });
    }

    [Test]
    public void WordBoxesAreInPdfPointsFromTheBottomLeft()
    {
        var page = pages[1];
        var heading = page.Blocks[0];
        var lastParagraph = page.Blocks[^1];
        Assert.Multiple(() =>
        {
            Assert.That(page.Width, Is.EqualTo(595.3).Within(1.5));
            Assert.That(page.Height, Is.EqualTo(841.9).Within(1.5));
            // The heading is set 72 pt below the top edge of an A4 page, at the left margin.
            Assert.That(heading.Box.Top, Is.EqualTo(841.9 - 72).Within(25));
            Assert.That(heading.Box.Left, Is.EqualTo(72).Within(15));
            Assert.That(lastParagraph.Box.Top, Is.LessThan(heading.Box.Bottom));
            Assert.That(page.Blocks.SelectMany(b => b.Words).Select(w => w.Box),
                Has.All.Matches<BoundingBox>(b => b.Left >= 0 && b.Right <= page.Width && b.Bottom >= 0 && b.Top <= page.Height && b.Width > 0 && b.Height > 0));
            Assert.That(heading.Words.Select(w => w.Text), Is.EqualTo(new[] { "Regional", "utvecklingsstrategi", "för", "Dalarna" }));
            Assert.That(heading.Words.Select(w => w.Confidence), Has.All.InRange(0.5, 1.0));
        });
    }

    [Test]
    public void PageTurnedNinetyDegreesIsReadUprightAndNoted()
    {
        var page = pages[2];
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Ok));
            Assert.That(page.Note, Is.EqualTo("rotated 90°"));
            Assert.That(WordErrorRate.Errors(SwedishPages.PlainText(SwedishPages.Skills), page.Text), Is.LessThanOrEqualTo(2), page.Text);
            Assert.That(page.Text, Does.Contain("Kompetensförsörjning").And.Contain("växer snabbare än utbudet"));
            // The sheet lies on its side: a landscape page with the heading, the top of the text, at the right.
            Assert.That(page.Width, Is.GreaterThan(page.Height));
            Assert.That(page.Blocks[0].Box.Left, Is.GreaterThan(page.Width / 2));
            Assert.That(page.Blocks[0].Box.Height, Is.GreaterThan(page.Blocks[0].Box.Width));
        });
    }

    [Test]
    public void PageUpsideDownIsReadUprightAndNoted()
    {
        var page = pages[3];
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Ok));
            Assert.That(page.Note, Is.EqualTo("rotated 180°"));
            Assert.That(WordErrorRate.Errors(SwedishPages.PlainText(SwedishPages.Access), page.Text), Is.LessThanOrEqualTo(2), page.Text);
            Assert.That(page.Text, Does.Contain("Tillgänglighet").And.Contain("förutsättning"));
            // Upside down, the heading sits at the bottom of the page.
            Assert.That(page.Blocks[0].Box.Top, Is.LessThan(page.Height / 2));
        });
    }

    [Test]
    public void EmptySheetIsBlankNotAnError()
    {
        var page = pages[4];
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Blank));
            Assert.That(page.Note, Is.EqualTo("blank page (no text found)"));
            Assert.That(page.Blocks, Is.Empty);
            Assert.That(page.Source, Is.EqualTo(PageSource.Ocr));
        });
    }

    [Test]
    public void PageWhoseImageCannotBeDecodedFailsWithTheReason()
    {
        var page = pages[5];
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Failed));
            Assert.That(page.Note, Does.StartWith("page image could not be read (pdftoppm: "));
            Assert.That(page.Note, Does.Contain("flate"));
            Assert.That(page.Blocks, Is.Empty);
        });
    }

    [Test]
    public void ParallelReadingEqualsSequentialReading()
    {
        using var sequential = new TesseractRecognizer(new TesseractOptions { Workers = 1 });
        var alone = sequential.Recognize(ScannedDocuments.Mixed, [1, 2, 3]).ToList();
        Assert.That(alone.Select(p => p.PageNumber), Is.EqualTo(new[] { 1, 2, 3 }), "one worker reads in the order asked");
        foreach (var page in alone)
        {
            var parallel = pages[page.PageNumber];
            Assert.Multiple(() =>
            {
                Assert.That(page.Text, Is.EqualTo(parallel.Text));
                Assert.That(page.Note, Is.EqualTo(parallel.Note));
                Assert.That(page.Confidence, Is.EqualTo(parallel.Confidence));
                Assert.That(page.Blocks.Select(b => b.Box), Is.EqualTo(parallel.Blocks.Select(b => b.Box)));
            });
        }
    }

    [Test]
    public void RenderedPageReadsLikeTheEmbeddedScan()
    {
        using var rendered = new TesseractRecognizer(new TesseractOptions { ImageSource = PageImageSource.Render });
        var page = rendered.Recognize(ScannedDocuments.Mixed, [1]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Ok), page.Note);
            Assert.That(WordErrorRate.Errors(SwedishPages.PlainText(SwedishPages.Strategy), page.Text), Is.LessThanOrEqualTo(2), page.Text);
            Assert.That(page.Blocks[0].Box.Top, Is.EqualTo(pages[1].Blocks[0].Box.Top).Within(2));
            Assert.That(page.Blocks[0].Box.Left, Is.EqualTo(pages[1].Blocks[0].Box.Left).Within(2));
        });
    }

    [Test]
    public void PageOverItsTimeLimitFailsWithTheReason()
    {
        using var hurried = new TesseractRecognizer(new TesseractOptions { PageTimeout = TimeSpan.FromMilliseconds(1) });
        var page = hurried.Recognize(ScannedDocuments.Mixed, [1]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(PageStatus.Failed));
            Assert.That(page.Note, Does.StartWith("OCR timed out: "));
        });
    }

    [Test]
    public void CancelledRunThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => recognizer.Recognize(ScannedDocuments.Mixed, [1, 2], cancel.Token).ToList());
    }

    [Test]
    public void PageNumberOutsideTheDocumentIsRejectedAtOnce()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => recognizer.Recognize(ScannedDocuments.Mixed, [6]));
        Assert.That(error!.Message, Does.StartWith("Page 6 is not in the document (5 pages)."));
    }

    [Test]
    public void FileThatIsNotAPdfIsRejected()
    {
        var path = ScannedDocuments.Create("notes.pdf", "PK\u0003\u0004 not a pdf"u8.ToArray());
        var error = Assert.Throws<InputRejectedException>(() => recognizer.Recognize(path, [1]));
        Assert.That(error!.Reason, Does.StartWith("not a readable PDF"));
    }

    [Test]
    public void MissingLanguageDataTellsTheUserToRunSetup()
    {
        var empty = Directory.CreateTempSubdirectory("strategyminer-no-tessdata-");
        try
        {
            var error = Assert.Throws<OcrUnavailableException>(() => new TesseractRecognizer(new TesseractOptions { TessdataPath = empty.FullName }));
            Assert.That(error!.Message, Is.EqualTo(
                $"Tesseract language data 'swe.traineddata' not found (looked in {empty.FullName}); run `./build.sh setup` to install tesseract-ocr-swe, or set TESSDATA_PREFIX."));
        }
        finally
        {
            empty.Delete();
        }
    }
}
