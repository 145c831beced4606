using StrategyMiner.Documents;
using StrategyMiner.Extraction;
using StrategyMiner.Passages.Tests.Golden;
using StrategyMiner.Samples.Digital;
using StrategyMiner.Text;

namespace StrategyMiner.Passages.Tests;

/// <summary>The golden document built, written to a temp file, extracted and cut into passages.</summary>
internal sealed class GoldenFixture
{
    private GoldenFixture(StrategyPdfBuilder layout, ExtractedDocument extracted, DocumentInfo info, IReadOnlyList<Passage> passages)
    {
        Layout = layout;
        Extracted = extracted;
        Info = info;
        Passages = passages;
    }

    public StrategyPdfBuilder Layout { get; }

    public ExtractedDocument Extracted { get; }

    public DocumentInfo Info { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public static GoldenFixture Build(string quotes = GoldenDocument.Quotes)
    {
        var layout = GoldenDocument.Create(quotes);
        var bytes = layout.Build();
        var folder = Path.Combine(Path.GetTempPath(), "sm-passages-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, GoldenDocument.FileName);
            File.WriteAllBytes(path, bytes);
            var extracted = new PdfPigExtractor().Extract(path);
            var info = new DocumentInfo(TextNormalizer.HashFile(path), GoldenDocument.FileName, "Dalarna", extracted.Title, 2023, extracted.PageCount);
            return new GoldenFixture(layout, extracted, info, new ParagraphPassageBuilder().GetPassages(info, extracted.Pages));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
