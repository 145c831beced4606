using StrategyMiner.Documents;
using StrategyMiner.Extraction;
using StrategyMiner.Passages;
using StrategyMiner.Repair;
using StrategyMiner.Samples;
using StrategyMiner.Store;

namespace StrategyMiner.Pipeline.Tests;

public class RepairInPipelineTests
{
    [Test]
    public void A_page_whose_text_layer_lost_its_diacritics_is_stored_repaired_with_the_original_kept()
    {
        using var folder = new TempFolder("sm-pipeline-");
        // Page 1 is clean (it teaches the batch vocabulary); page 2 lost å/ä/ö in its text layer.
        var builder = SampleCorpus.Strategy("Gotland", "Gotlands län", "Vårt Gotland 2040", SampleTexts.Chapters.Take(2).ToList(), stripPage: null);
        builder.AddPage(columns: 1, stripDiacritics: true);
        SampleCorpus.AddChapter(builder, SampleTexts.Chapters[4], "Gotland", "Gotlands län");
        var pdf = folder.File("region-gotland-rus.pdf");
        File.WriteAllBytes(pdf, builder.Build());

        using var store = EvidenceStore.Open(folder.File("strategyminer.db"));
        var pipeline = new PipelineBuilder()
            .UseExtractor(new PdfPigExtractor())
            .UseRepair(SwedishRepairer.CreateDefault)
            .UsePassages(new ParagraphPassageBuilder())
            .Build();
        var summary = pipeline.Run([pdf], store);

        Assert.That(summary.PagesRepaired, Is.EqualTo(1));
        var document = store.GetDocuments().Single();
        var repaired = store.GetPages(document.Id).Single(p => p.Source == PageSource.Repaired);
        Assert.Multiple(() =>
        {
            Assert.That(repaired.OriginalText, Does.Contain("Skillnaderna inom lanet ar stora"), "the stripped original is kept");
            Assert.That(repaired.Text, Does.Contain("Skillnaderna inom länet är stora"));
            Assert.That(repaired.Changes.Select(c => (c.Before, c.After)), Does.Contain(("lanet", "länet")).And.Contain(("ar", "är")));
            foreach (var change in repaired.Changes)
                Assert.That(repaired.OriginalText!.Substring(change.Position, change.Before.Length), Is.EqualTo(change.Before), "positions point into the original");
            Assert.That(store.GetPassages().Any(p => p.Source == "repaired" && p.Text.Contains("Medellivslängden", StringComparison.Ordinal)), Is.True);
            Assert.That(store.GetPages(document.Id).Where(p => p.Source == PageSource.TextLayer).All(p => p.OriginalText is null), Is.True, "clean pages are not touched");
        });
    }
}
