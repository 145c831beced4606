using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace StrategyMiner.Samples.Scans;

/// <summary>
/// Typesets plain paragraphs onto A4 pages with a real TrueType font (DejaVu, which has å, ä, ö,
/// typographic quotes and dashes): the digital source a <see cref="ScanSimulator"/> scans.
/// </summary>
public static class PlainTextPdf
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Margin = 72;

    private static readonly string[] FontFolders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
        "/usr/local/share/fonts", "/Library/Fonts", "/opt/homebrew/share/fonts",
    ];

    /// <summary>Builds an A4 PDF, one page per entry; a paragraph starting with <c>"# "</c> is set as a bold heading.</summary>
    /// <param name="pages">The paragraphs of each page, in order.</param>
    /// <param name="fontSize">Body font size in points.</param>
    /// <param name="serif">DejaVu Serif when true, DejaVu Sans when false.</param>
    /// <exception cref="ArgumentException">A page's text does not fit on it.</exception>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<string>> pages, double fontSize = 11, bool serif = true)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var family = serif ? "DejaVuSerif" : "DejaVuSans";
        using var builder = new PdfDocumentBuilder();
        var body = builder.AddTrueTypeFont(File.ReadAllBytes(FindFont(family + ".ttf")));
        var bold = builder.AddTrueTypeFont(File.ReadAllBytes(FindFont(family + "-Bold.ttf")));

        for (var index = 0; index < pages.Count; index++)
        {
            var page = builder.AddPage(PageWidth, PageHeight);
            var y = PageHeight - Margin;
            foreach (var paragraph in pages[index])
            {
                var heading = paragraph.StartsWith("# ", StringComparison.Ordinal);
                var text = heading ? paragraph[2..] : paragraph;
                var font = heading ? bold : body;
                var size = heading ? fontSize * 1.45 : fontSize;
                var leading = size * 1.35;
                foreach (var line in Wrap(page, text, font, size, PageWidth - 2 * Margin))
                {
                    y -= leading;
                    if (y < Margin)
                        throw new ArgumentException($"The text of page {index + 1} does not fit on one A4 page.", nameof(pages));
                    page.AddText(line, size, new PdfPoint(Margin, y), font);
                }
                y -= size * (heading ? 0.4 : 0.8);
            }
        }
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var space = Measure(page, " ", font, size);
        var line = new List<string>();
        var lineWidth = 0.0;
        foreach (var word in words)
        {
            var w = Measure(page, word, font, size);
            if (line.Count > 0 && lineWidth + space + w > width)
            {
                yield return string.Join(' ', line);
                line.Clear();
                lineWidth = 0;
            }
            lineWidth += (line.Count > 0 ? space : 0) + w;
            line.Add(word);
        }
        if (line.Count > 0) yield return string.Join(' ', line);
    }

    private static double Measure(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private static string FindFont(string fileName)
    {
        foreach (var folder in FontFolders)
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException(
            $"Font {fileName} not found (looked in {string.Join(", ", FontFolders)}); install fonts-dejavu-core (`./build.sh setup`).");
    }
}
