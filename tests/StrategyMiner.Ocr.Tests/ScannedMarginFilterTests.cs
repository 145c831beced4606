using StrategyMiner.Documents;

namespace StrategyMiner.Ocr.Tests;

public class ScannedMarginFilterTests
{
    private static TextBlock Block(string text, double bottom, double top) => new(text, new BoundingBox(50, bottom, 545, top));

    private static readonly TextBlock Body = Block("Regionen ska stärka samverkan med kommunerna i hela länet, från fjällen till kusten.", 400, 700);

    [Test]
    public void A_short_block_in_the_top_or_bottom_band_of_a_scan_is_dropped()
    {
        var page = new PageText(3, PageSource.Ocr, [Block("Jämtiand Håärieda!'ern 2050", 800, 812), Body, Block("3", 30, 40)], 595, 842);
        Assert.That(ScannedMarginFilter.Apply(page).Blocks, Is.EqualTo(new[] { Body }));
    }

    [Test]
    public void A_long_paragraph_reaching_into_the_margin_band_is_kept()
    {
        var longText = string.Join(' ', Enumerable.Repeat("Länets förutsättningar för hållbar tillväxt är goda.", 4));
        var page = new PageText(3, PageSource.Ocr, [Block(longText, 790, 812)], 595, 842);
        Assert.That(ScannedMarginFilter.Apply(page).Blocks, Has.Count.EqualTo(1));
    }

    [Test]
    public void Text_layer_pages_are_left_to_the_extractors_own_header_detection()
    {
        var page = new PageText(3, PageSource.TextLayer, [Block("Dalastrategin 2030", 800, 812), Body], 595, 842);
        Assert.That(ScannedMarginFilter.Apply(page), Is.SameAs(page));
    }
}
