using System.Globalization;

namespace StrategyMiner.Samples.Digital;

/// <summary>
/// Lays out a whole sample strategy of a given length: numbered chapters that start on a new page,
/// sections and subsections, paragraphs of <see cref="SampleStrategyText"/>, now and then a figure
/// with a source line. Deterministic for a given seed; fast enough for benchmark corpora.
/// </summary>
public static class SampleStrategyDocument
{
    /// <summary>Lays out a document of exactly <paramref name="pages"/> pages; call <see cref="StrategyPdfBuilder.Build"/> on the result.</summary>
    /// <param name="region">Region name used in the title, header and text ("Dalarna").</param>
    /// <param name="seed">Text and layout seed.</param>
    /// <param name="pages">Number of pages, at least 1.</param>
    /// <param name="columns">Body columns, 1 or 2.</param>
    /// <param name="stripEveryNthChapter">When above 0, every n-th chapter's first page loses its diacritics.</param>
    /// <param name="fonts">Fonts to embed; the default when null.</param>
    public static StrategyPdfBuilder Create(string region, int seed, int pages, int columns = 2, int stripEveryNthChapter = 0, StrategyPdfFonts? fonts = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var text = new SampleStrategyText(seed, region);
        var random = new Random(unchecked(seed * 7919 + 17));
        var title = $"Regional utvecklingsstrategi för {region} 2030";
        var header = $"Regional utvecklingsstrategi · Region {region}";
        var footer = random.Next(2) == 0 ? "{page}" : "Sida {page}";
        var builder = new StrategyPdfBuilder(title, header, footer, fonts);

        for (var chapter = 1; builder.PageCount < pages; chapter++)
        {
            var strip = stripEveryNthChapter > 0 && chapter % stripEveryNthChapter == 0;
            builder.AddPage(columns, strip);
            builder.Heading($"{chapter} {text.Heading()}", 1);
            builder.Paragraph(text.Paragraph(3));
            var sections = random.Next(2, 5);
            for (var section = 1; section <= sections && builder.PageCount < pages; section++)
            {
                builder.Heading(string.Create(CultureInfo.InvariantCulture, $"{chapter}.{section} {text.Heading()}"), 2);
                var paragraphs = random.Next(2, 7);
                for (var p = 0; p < paragraphs && builder.PageCount < pages; p++)
                {
                    if (random.Next(9) == 0)
                    {
                        builder.Heading(text.Heading(), 3);
                    }
                    builder.Paragraph(text.Paragraph());
                    if (random.Next(14) == 0 && builder.PageCount < pages)
                    {
                        builder.Image(70 + random.Next(60), $"Källa: SCB {2015 + random.Next(9)}");
                    }
                }
            }
        }
        return builder;
    }
}
