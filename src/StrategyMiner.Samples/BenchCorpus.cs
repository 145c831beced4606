using StrategyMiner.Corpus;
using StrategyMiner.Samples.Digital;
using StrategyMiner.Samples.Scans;

namespace StrategyMiner.Samples;

/// <summary>
/// A synthetic corpus the size of the real one, for benchmarks: one strategy per region of
/// <c>corpus/strategies.csv</c>, each about <c>pagesPerDocument</c> two-column pages, with
/// <c>scannedShare</c> of the pages turned into noisy image-only scans. Deterministic.
/// </summary>
public static class BenchCorpus
{
    /// <summary>Writes <paramref name="documents"/> PDFs into <paramref name="folder"/>; returns paths and scanned page counts.</summary>
    public static IReadOnlyList<(string Path, int Pages, int Scanned)> Write(string folder, int documents = 21, int pagesPerDocument = 72, double scannedShare = 0.10)
    {
        Directory.CreateDirectory(folder);
        var result = new List<(string, int, int)>();
        var regions = StrategyCatalog.Default.Entries.Take(documents).ToList();
        var simulator = new ScanSimulator(new ScanOptions { Seed = 3 });
        for (var d = 0; d < regions.Count; d++)
        {
            var entry = regions[d];
            var county = entry.Region + "s län";
            var builder = new StrategyPdfBuilder(entry.Title, $"{entry.Title} · Region {entry.Region}", "{page}");
            builder.AddPage(columns: 2);
            var round = 0;
            while (builder.PageCount < pagesPerDocument)
            {
                // Rotate the chapter order per round so documents are not page-for-page copies.
                foreach (var chapter in SampleTexts.Chapters.Skip(round % SampleTexts.Chapters.Count).Concat(SampleTexts.Chapters.Take(round % SampleTexts.Chapters.Count)))
                {
                    SampleCorpus.AddChapter(builder, chapter with { Heading = $"{chapter.Heading} ({round + 1})" }, entry.Region, county);
                    if (builder.PageCount >= pagesPerDocument) break;
                }
                round++;
            }
            var pdf = builder.Build();
            var pages = builder.PageCount;
            var scannedCount = (int)Math.Round(pages * scannedShare);
            var scanned = Enumerable.Range(0, scannedCount).Select(i => 2 + (i * (pages - 2) / Math.Max(1, scannedCount))).Distinct()
                .ToDictionary(p => p, _ => ScanPageOptions.Default);
            if (scanned.Count > 0) pdf = simulator.Scan(pdf, scanned);
            var path = Path.Combine(folder, $"region-{Slug(entry.Region)}-bench.pdf");
            File.WriteAllBytes(path, pdf);
            result.Add((path, pages, scanned.Count));
        }
        return result;
    }

    private static string Slug(string region) => string.Join('-', StrategyCatalogSlug(region).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string StrategyCatalogSlug(string text)
    {
        var folded = text.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('é', 'e');
        return new string(folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
    }
}
