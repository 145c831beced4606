using StrategyMiner.Samples.Scans;
using UglyToad.PdfPig;

namespace StrategyMiner.Ocr.Tests;

[TestFixture]
public sealed class ScanSimulatorTests
{
    private static readonly Lazy<byte[]> Digital = new(() => PlainTextPdf.Build([SwedishPages.Skills, SwedishPages.Access]));

    [Test]
    public void SourceDocumentHasASwedishTextLayer()
    {
        using var document = PdfDocument.Open(Digital.Value);
        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.That(words, Does.Contain("Kompetensförsörjning").And.Contain("”livslångt").And.Contain("lärande”").And.Contain("växer"));
    }

    [Test]
    public void ScannedPagesAreOneGreyImageAtThreeHundredDpiWithoutText()
    {
        var scan = new ScanSimulator().ScanAll(Digital.Value, new ScanPageOptions { Rotation = 90 });
        using var document = PdfDocument.Open(scan);
        Assert.That(document.NumberOfPages, Is.EqualTo(2));
        foreach (var page in document.GetPages())
        {
            var image = page.GetImages().Single();
            Assert.Multiple(() =>
            {
                Assert.That(page.Letters, Is.Empty);
                Assert.That(page.Width, Is.GreaterThan(page.Height), "turned 90° the A4 sheet lies landscape");
                Assert.That(image.WidthInSamples, Is.EqualTo(3508).Within(1));
                Assert.That(image.HeightInSamples, Is.EqualTo(2481).Within(1));
                Assert.That(image.ColorSpaceDetails!.NumberOfColorComponents, Is.EqualTo(1));
                Assert.That(image.BoundingBox.Width, Is.EqualTo(page.Width).Within(0.01));
            });
        }
    }

    [Test]
    public void UnlistedPagesKeepTheirTextLayer()
    {
        var scan = new ScanSimulator(ScanOptions.Compact).Scan(Digital.Value, new Dictionary<int, ScanPageOptions> { [2] = ScanPageOptions.Default });
        using var document = PdfDocument.Open(scan);
        Assert.Multiple(() =>
        {
            Assert.That(document.GetPage(1).Text, Does.Contain("Kompetensförsörjning"));
            Assert.That(document.GetPage(1).GetImages(), Is.Empty);
            Assert.That(document.GetPage(2).Letters, Is.Empty);
            Assert.That(document.GetPage(2).GetImages().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void SameSeedGivesTheSameBytesAndAnotherSeedOtherDamage()
    {
        var pages = new Dictionary<int, ScanPageOptions> { [2] = ScanPageOptions.Default };
        var first = new ScanSimulator(new ScanOptions { Seed = 3 }).Scan(Digital.Value, pages);
        var again = new ScanSimulator(new ScanOptions { Seed = 3 }).Scan(Digital.Value, pages);
        var other = new ScanSimulator(new ScanOptions { Seed = 4 }).Scan(Digital.Value, pages);
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void RotationOtherThanQuarterTurnsIsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ScanSimulator().Scan(Digital.Value, new Dictionary<int, ScanPageOptions> { [1] = new() { Rotation = 45 } }));
        Assert.That(error!.Message, Does.StartWith("Page 1: rotation must be 0, 90, 180 or 270 degrees."));
    }

    [Test]
    public void InputThatIsNotAPdfIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScanSimulator().ScanAll("PK\u0003\u0004"u8.ToArray()));
        Assert.That(error!.Message, Does.StartWith("The input is not a readable PDF"));
    }
}
