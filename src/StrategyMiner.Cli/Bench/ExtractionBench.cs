using System.Diagnostics;
using StrategyMiner.Extraction;
using StrategyMiner.Samples;

namespace StrategyMiner.Cli.Bench;

/// <summary>
/// Digital extraction with layout analysis (PdfPig) against <c>pdftotext</c> (no layout analysis)
/// on the same generated 72-page two-column strategy, in the same run. Target: at least 1/15 of
/// pdftotext's pages per second.
/// </summary>
internal static class ExtractionBench
{
    public static int Run(string workDir, bool quick, TextWriter output)
    {
        var folder = Path.Combine(workDir, "extract");
        var (pdf, pages, _) = BenchCorpus.Write(folder, documents: 1, pagesPerDocument: quick ? 24 : 72, scannedShare: 0).Single();
        var repeats = quick ? 2 : 5;
        var extractor = new PdfPigExtractor();
        extractor.Extract(pdf); // warm-up: JIT and font parsing are not what we measure
        var ours = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++) extractor.Extract(pdf);
        ours.Stop();
        var oursRate = pages * repeats / ours.Elapsed.TotalSeconds;
        output.WriteLine($"extract: {pages} pages × {repeats}; StrategyMiner (PdfPig + layout) {BenchTools.F(oursRate, "0.0")} pages/s");
        if (!BenchTools.Has("pdftotext"))
        {
            output.WriteLine("extract: pdftotext not found (run ./build.sh setup); no ratio");
            return 0;
        }
        var anchor = TimeSpan.Zero;
        for (var i = 0; i < repeats; i++) anchor += BenchTools.Time("pdftotext", [pdf, Path.Combine(folder, "out.txt")]);
        var anchorRate = pages * repeats / anchor.TotalSeconds;
        var ratio = oursRate / anchorRate;
        output.WriteLine($"extract: pdftotext {BenchTools.F(anchorRate, "0.0")} pages/s; ratio ours/pdftotext = {BenchTools.F(ratio, "0.000")} (1/{BenchTools.F(1 / ratio, "0.0")}; target ≥ 1/15 = 0.067) {(ratio >= 1.0 / 15 ? "MET" : "NOT MET")}");
        return 0;
    }
}
