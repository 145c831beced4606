using StrategyMiner.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace StrategyMiner.Extraction;

/// <summary>
/// Turns one PdfPig page into lines grouped in blocks, in reading order: nearest-neighbour word
/// extraction, Docstrum page segmentation (O'Gorman 1993) and unsupervised column-wise reading
/// order from Allen's interval relations (Aiello et al. 2002). Letters and words are dropped as soon
/// as the lines are built.
/// </summary>
internal sealed class PageLayoutReader
{
    // One thread per page: callers already extract several documents in parallel.
    private readonly NearestNeighbourWordExtractor words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions
    {
        MaxDegreeOfParallelism = 1,
    });

    private readonly DocstrumBoundingBoxes segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions
    {
        MaxDegreeOfParallelism = 1,
    });

    private readonly UnsupervisedReadingOrderDetector readingOrder =
        new(5, UnsupervisedReadingOrderDetector.SpatialReasoningRules.ColumnWise, true);

    public LayoutPage Read(Page page)
    {
        var layout = new LayoutPage(page.Number, page.Width, page.Height, page.GetImages().Any());
        var letters = page.Letters;
        if (!letters.Any(l => l.Value.Any(char.IsLetter)))
        {
            return layout;
        }

        var pageWords = words.GetWords(letters);
        var blocks = segmenter.GetBlocks(pageWords);
        foreach (var block in readingOrder.Get(blocks))
        {
            var lines = new List<LayoutLine>(block.TextLines.Count);
            foreach (var line in block.TextLines)
            {
                var text = string.Join(' ', line.Words.Select(w => w.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
                if (text.Length == 0) continue;
                var box = line.BoundingBox;
                var (size, bold, baseline) = Style(line.Words);
                lines.Add(new LayoutLine(text, new BoundingBox(box.Left, box.Bottom, box.Right, box.Top), size, bold, baseline ?? box.Bottom));
            }
            if (lines.Count > 0)
            {
                layout.Blocks.Add(lines);
            }
        }
        LooseLineRepair.Apply(layout.Blocks);
        return layout;
    }

    private static (double Size, bool Bold, double? Baseline) Style(IEnumerable<Word> lineWords)
    {
        var sizes = new Dictionary<double, int>();
        var baselines = new List<double>();
        int letters = 0, bold = 0;
        foreach (var word in lineWords)
        {
            foreach (var letter in word.Letters)
            {
                if (string.IsNullOrWhiteSpace(letter.Value)) continue;
                letters++;
                var size = Math.Round(letter.PointSize * 2, MidpointRounding.AwayFromZero) / 2;
                sizes[size] = sizes.GetValueOrDefault(size) + 1;
                if (IsBold(letter)) bold++;
                baselines.Add(letter.StartBaseLine.Y);
            }
        }
        var dominant = sizes.Count == 0 ? 0 : sizes.MaxBy(kv => (kv.Value, kv.Key)).Key;
        baselines.Sort();
        return (dominant, bold * 2 > letters, baselines.Count == 0 ? null : baselines[baselines.Count / 2]);
    }

    private static bool IsBold(Letter letter)
    {
        if (letter.FontDetails?.IsBold == true) return true;
        var name = letter.FontName ?? "";
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Demi", StringComparison.OrdinalIgnoreCase);
    }
}
