using StrategyMiner.Codebook;
using StrategyMiner.Coding;
using StrategyMiner.Documents;
using StrategyMiner.Extraction;
using StrategyMiner.Ocr;
using StrategyMiner.Passages;
using StrategyMiner.Samples;
using StrategyMiner.Store;

namespace StrategyMiner.Pipeline.Tests;

public class OcrLifetimeTests
{
    // Stands in for Tesseract: reads every requested page as one paragraph and records its lifetime.
    private sealed class RecordingRecognizer : IPageRecognizer, IDisposable
    {
        public bool Disposed { get; private set; }

        public IEnumerable<PageText> Recognize(string pdfPath, IReadOnlyList<int> pageNumbers, CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            foreach (var n in pageNumbers)
                yield return new PageText(n, PageSource.Ocr, [new TextBlock($"Skannad sida {n}: länets mål för år 2030 följs upp årligen.", new BoundingBox(50, 100, 500, 140))], 595, 842);
        }

        public void Dispose() => Disposed = true;
    }

    private sealed class ProbeCoder(Func<bool> recognizerDisposed) : IPassageCoder
    {
        public bool? RecognizerDisposedWhenCoding { get; private set; }
        public string Method => "probe";
        public string ModelVersion => "p1";

        public IReadOnlyList<CodingResult> Code(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default)
        {
            RecognizerDisposedWhenCoding ??= recognizerDisposed();
            return passages.Select(p => new CodingResult(p.Id, [])).ToList();
        }
    }

    [Test]
    public void The_ocr_engine_is_released_when_ingest_ends_before_coding_starts()
    {
        using var folder = new TempFolder("sm-ocr-life-");
        var pdf = folder.File("region-gotland-rus.pdf");
        File.WriteAllBytes(pdf, SampleCorpus.Strategy("Gotland", "Gotlands län", "Vårt Gotland 2040", SampleTexts.Chapters.Take(2).ToList(), stripPage: null).Build());
        var created = new List<RecordingRecognizer>();
        ProbeCoder? probe = null;
        var pipeline = new PipelineBuilder()
            .UseExtractor(new PdfPigExtractor())
            .UseOcr(page => page.PageNumber == 2, () => { var r = new RecordingRecognizer(); created.Add(r); return r; })
            .UsePassages(new ParagraphPassageBuilder())
            .UseCoder(() => probe = new ProbeCoder(() => created.All(r => r.Disposed)))
            .Build();

        using var store = EvidenceStore.Open(folder.File("strategyminer.db"));
        var summary = pipeline.Run([pdf], store);

        Assert.Multiple(() =>
        {
            Assert.That(summary.PagesOcr, Is.EqualTo(1));
            Assert.That(created, Has.Count.EqualTo(1), "one engine for the run, created for the first OCR page");
            Assert.That(probe!.RecognizerDisposedWhenCoding, Is.True, "released before the coding stage");
            Assert.That(store.GetPassages().Any(p => p.Text.Contains("Skannad sida 2", StringComparison.Ordinal)), Is.True);
        });

        // A second run over a new file gets a fresh engine, not the released one.
        var second = folder.File("region-gavleborg-rus.pdf");
        File.WriteAllBytes(second, SampleCorpus.Strategy("Gävleborg", "Gävleborgs län", "Nya Gävleborg", SampleTexts.Chapters.Skip(2).Take(2).ToList(), stripPage: null).Build());
        Assert.That(pipeline.Run([second], store).PagesOcr, Is.EqualTo(1));
        Assert.That(created, Has.Count.EqualTo(2));
        Assert.That(created.All(r => r.Disposed), Is.True);
    }
}
