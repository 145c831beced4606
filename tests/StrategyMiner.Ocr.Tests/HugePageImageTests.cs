using StrategyMiner.Documents;
using StrategyMiner.Ocr.Imaging;
using StrategyMiner.Samples.Digital;
using UglyToad.PdfPig;

namespace StrategyMiner.Ocr.Tests;

[TestFixture]
public sealed class HugePageImageTests
{
    private static IEnumerable<TestCaseData> Pages()
    {
        yield return new TestCaseData(300, 595.28, 841.89, 300).SetName("A4 at 300 dpi is rendered as asked");
        yield return new TestCaseData(600, 595.28, 841.89, 600).SetName("A4 at 600 dpi (35 MP) is still within the budget");
        yield return new TestCaseData(300, 2383.94, 3370.39, 160).SetName("A0 poster at 300 dpi is rendered at 160 dpi");
        yield return new TestCaseData(300, 14400.0, 14400.0, 31).SetName("200-inch square page is rendered at 31 dpi");
    }

    [TestCaseSource(nameof(Pages))]
    public void A_page_too_large_for_the_pixel_budget_is_rendered_at_a_lower_resolution(int dpi, double width, double height, int expected)
    {
        var chosen = PageImageLoader.DpiWithin(dpi, width, height);
        Assert.That(chosen, Is.EqualTo(expected));
        Assert.That(width / 72 * chosen * (height / 72) * chosen, Is.LessThanOrEqualTo(PageImageLoader.MaxPixels));
    }

    [Test]
    public void A_100_megapixel_scan_is_left_to_poppler_and_the_page_is_still_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sm-huge-image-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, BadPdfSamples.HugeImage(10_000, 10_000));
        try
        {
            using (var document = PdfDocument.Open(path))
            {
                var image = document.GetPage(1).GetImages().Single();
                Assert.That((long)image.WidthInSamples * image.HeightInSamples, Is.EqualTo(100_000_000), "the fixture really is 100 MB decoded");
                Assert.That(PageImageLoader.TryEmbedded(document, 1), Is.Null, "not decoded in this process");
            }

            using var recognizer = new TesseractRecognizer(new TesseractOptions { Workers = 1 });
            var page = recognizer.Recognize(path, [1]).Single();
            Assert.That(page.Status, Is.Not.EqualTo(PageStatus.Failed), page.Note);
            Assert.That(page.Source, Is.EqualTo(PageSource.Ocr));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
