using StrategyMiner.Samples.Digital;
using StrategyMiner.Samples.Scans;

namespace StrategyMiner.Samples;

/// <summary>
/// Writes the bundled sample corpus (<c>corpus/samples</c>): three small strategies that between
/// them have two-column pages with running headers, footers and hyphenation, an image-only scanned
/// page, a page whose text layer lost its diacritics, a whole scanned document with a page turned
/// 90° on the glass, and colophon material that carries no code. Regenerate with
/// <c>strategyminer samples --out corpus/samples</c> (needs <c>pdftoppm</c>).
/// </summary>
public static class SampleCorpus
{
    /// <summary>Writes the sample PDFs into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Save(string name, byte[] pdf)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, pdf);
            written.Add(path);
        }

        // 1. A digital-born strategy: every chapter, two columns.
        Save("region-dalarna-rus-2030.pdf", Strategy("Dalarna", "Dalarnas län", "Dalastrategin 2030", SampleTexts.Chapters, stripPage: null).Build());

        // 2. Digital with one scanned page and one page whose text layer lost å/ä/ö.
        var gotland = Strategy("Gotland", "Gotlands län", "Vårt Gotland 2040", SampleTexts.Chapters.Take(3).ToList(), stripPage: null);
        var scannedPage = gotland.AddPage(columns: 1).PageCount;
        AddChapter(gotland, SampleTexts.Chapters[3], "Gotland", "Gotlands län");
        gotland.AddPage(columns: 1, stripDiacritics: true);
        AddChapter(gotland, SampleTexts.Chapters[4], "Gotland", "Gotlands län");
        var gotlandPdf = new ScanSimulator(ScanOptions.Compact with { Seed = 7 }).Scan(gotland.Build(), new Dictionary<int, ScanPageOptions> { [scannedPage] = ScanPageOptions.Default });
        Save("region-gotland-vart-gotland-2040.pdf", gotlandPdf);

        // 3. An older strategy scanned whole; the second sheet lay turned on the glass.
        var jamtland = new StrategyPdfBuilder("Jämtlands län 2050", "Jämtlands län 2050 · Region Jämtland Härjedalen", "Sida {page}");
        jamtland.AddPage(columns: 1);
        AddChapter(jamtland, SampleTexts.Chapters[5], "Jämtland Härjedalen", "Jämtlands län");
        jamtland.AddPage(columns: 1);
        AddChapter(jamtland, SampleTexts.Chapters[1], "Jämtland Härjedalen", "Jämtlands län", take: 2);
        var scanned = new ScanSimulator(ScanOptions.Compact with { Seed = 11 }).Scan(jamtland.Build(), new Dictionary<int, ScanPageOptions>
        {
            [1] = ScanPageOptions.Default,
            [2] = new ScanPageOptions { Rotation = 90 },
        });
        Save("region-jamtland-harjedalen-2050.pdf", scanned);
        return written;
    }

    /// <summary>A two-column digital strategy with the given chapters and a colophon page.</summary>
    public static StrategyPdfBuilder Strategy(string region, string county, string title, IReadOnlyList<SampleTexts.Chapter> chapters, int? stripPage)
    {
        var builder = new StrategyPdfBuilder(title, $"{title} · Region {region}", "{page}");
        builder.AddPage(columns: 2);
        foreach (var chapter in chapters)
            AddChapter(builder, chapter, region, county);
        builder.AddPage(columns: 1).Heading("Om dokumentet", level: 2);
        foreach (var line in SampleTexts.Colophon) builder.Paragraph(line);
        return builder;
    }

    /// <summary>Adds a chapter: its heading and paragraphs with the region filled in.</summary>
    public static void AddChapter(StrategyPdfBuilder builder, SampleTexts.Chapter chapter, string region, string county, int? take = null)
    {
        builder.Heading(chapter.Heading, level: 1);
        foreach (var paragraph in chapter.Paragraphs.Take(take ?? int.MaxValue))
            builder.Paragraph(paragraph.Replace("{region}", region, StringComparison.Ordinal).Replace("{lan}", county, StringComparison.Ordinal));
    }
}
