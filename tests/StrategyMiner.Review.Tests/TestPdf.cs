using StrategyMiner.Documents;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace StrategyMiner.Review.Tests;

/// <summary>Builds a small A4 strategy PDF with PdfPig (DejaVu Sans, so å ä ö render) and reports where each paragraph landed.</summary>
internal static class TestPdf
{
    public const double Width = 595;
    public const double Height = 842;
    private const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    public sealed record Paragraph(int Page, string Text, string? Heading = null);

    /// <summary>The PDF bytes and, per paragraph, its box (PDF points, origin bottom-left).</summary>
    public static (byte[] Pdf, IReadOnlyList<PageBox> Boxes) Build(string runningHeader, IReadOnlyList<Paragraph> paragraphs)
    {
        var regularPath = Path.Combine(FontFolder, "DejaVuSans.ttf");
        var boldPath = Path.Combine(FontFolder, "DejaVuSans-Bold.ttf");
        if (!File.Exists(regularPath) || !File.Exists(boldPath))
            Assert.Fail($"DejaVu fonts are missing in {FontFolder}: run `./build.sh setup` (installs fonts-dejavu-core).");
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(File.ReadAllBytes(regularPath));
        var bold = builder.AddTrueTypeFont(File.ReadAllBytes(boldPath));
        var boxes = new List<PageBox>();
        var pageCount = paragraphs.Max(p => p.Page);
        for (var n = 1; n <= pageCount; n++)
        {
            var page = builder.AddPage(Width, Height);
            page.AddText(runningHeader, 8, new PdfPoint(56, Height - 40), regular);
            page.AddText(n.ToString(System.Globalization.CultureInfo.InvariantCulture), 8, new PdfPoint(Width / 2, 34), regular);
            var y = Height - 90;
            foreach (var paragraph in paragraphs.Where(p => p.Page == n))
            {
                if (paragraph.Heading is not null)
                {
                    page.AddText(paragraph.Heading, 14, new PdfPoint(56, y), bold);
                    y -= 26;
                }
                BoundingBox? box = null;
                foreach (var line in Wrap(paragraph.Text, 78))
                {
                    foreach (var letter in page.AddText(line, 10.5, new PdfPoint(56, y), regular))
                    {
                        var r = letter.BoundingBox;
                        var b = new BoundingBox(r.Left, r.Bottom, r.Right, r.Top);
                        box = box is null ? b : box.Value.Union(b);
                    }
                    y -= 15;
                }
                boxes.Add(new PageBox(n, box!.Value));
                y -= 10;
            }
        }
        return (builder.Build(), boxes);
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        if (line.Length > 0) yield return line;
    }
}
