using StrategyMiner.Documents;
using StrategyMiner.Text;

namespace StrategyMiner.Store;

// Compact JSON shapes for page blocks and repair changes; short names keep OCR word lists small.
internal static class PageJson
{
    internal sealed record BoxDto(double L, double B, double R, double T);

    internal sealed record WordDto(string X, double L, double B, double R, double T, double C);

    internal sealed record BlockDto(string Text, BoxDto Box, string Role, int Level, double Size, bool Open, List<WordDto>? Words);

    internal sealed record ChangeDto(int Position, string Before, string After, double Score);

    public static string WriteBlocks(IReadOnlyList<TextBlock> blocks) => Json.Write(blocks.Select(b => new BlockDto(
        b.Text, Box(b.Box), b.Role == BlockRole.Heading ? "heading" : "paragraph", b.HeadingLevel, b.FontSize, b.EndsOpen,
        b.Words.Count == 0 ? null : b.Words.Select(w => new WordDto(w.Text, w.Box.Left, w.Box.Bottom, w.Box.Right, w.Box.Top, Math.Round(w.Confidence, 3))).ToList())).ToList());

    public static IReadOnlyList<TextBlock> ReadBlocks(string json) => Json.Read<List<BlockDto>>(json).Select(b =>
        new TextBlock(b.Text, new BoundingBox(b.Box.L, b.Box.B, b.Box.R, b.Box.T), b.Role == "heading" ? BlockRole.Heading : BlockRole.Paragraph, b.Level, b.Size)
        {
            EndsOpen = b.Open,
            Words = b.Words?.Select(w => new WordBox(w.X, new BoundingBox(w.L, w.B, w.R, w.T), w.C)).ToList() ?? [],
        }).ToList();

    public static string WriteBoxes(IReadOnlyList<PageBox> boxes) => Json.Write(boxes.Select(b => new { b.Page, Box = Box(b.Box) }).ToList());

    public static IReadOnlyList<PageBox> ReadBoxes(string json) =>
        Json.Read<List<PageBoxDto>>(json).Select(b => new PageBox(b.Page, new BoundingBox(b.Box.L, b.Box.B, b.Box.R, b.Box.T))).ToList();

    internal sealed record PageBoxDto(int Page, BoxDto Box);

    public static string? WriteChanges(IReadOnlyList<TextChange> changes) =>
        changes.Count == 0 ? null : Json.Write(changes.Select(c => new ChangeDto(c.Position, c.Before, c.After, Math.Round(c.Score, 3))).ToList());

    public static IReadOnlyList<TextChange> ReadChanges(string? json) => json is null
        ? []
        : Json.Read<List<ChangeDto>>(json).Select(c => new TextChange(c.Position, c.Before, c.After, c.Score)).ToList();

    private static BoxDto Box(BoundingBox b) => new(Math.Round(b.Left, 2), Math.Round(b.Bottom, 2), Math.Round(b.Right, 2), Math.Round(b.Top, 2));
}
