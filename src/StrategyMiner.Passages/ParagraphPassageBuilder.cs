using System.Globalization;
using System.Text.RegularExpressions;
using StrategyMiner.Documents;
using StrategyMiner.Text;

namespace StrategyMiner.Passages;

/// <summary>
/// Paragraph-based passages. Each paragraph block becomes a passage; a block that
/// <see cref="TextBlock.EndsOpen">ends open</see> is continued by the next paragraph block (next
/// column, next page) unless a heading comes between. Paragraphs longer than
/// <see cref="MaxChars"/> are cut at sentence boundaries (<see cref="SentenceSplitter"/>) into
/// pieces of similar length. Headings are not passages; they give each passage its heading path
/// ("2 Genomförande › 2.1 Handlingsplaner"). Fragments (fewer than three words, mostly digits, figure
/// and source captions) are dropped.
/// </summary>
/// <remarks>
/// The id is <c>TextNormalizer.Hash(16, fileName, Normalize(text), occurrence)</c>, where
/// occurrence counts earlier passages of the document with the same normalised text ("0" for the
/// first). Re-running gives the same ids, and an unchanged paragraph keeps its id in a revised file
/// with the same name. Source is the weakest of the passage's pages (repaired, then OCR, then text
/// layer): a passage that touches machine-changed text says so.
/// </remarks>
public sealed partial class ParagraphPassageBuilder : IPassageBuilder
{
    /// <summary>Paragraphs longer than this many characters are cut at sentence boundaries.</summary>
    public int MaxChars { get; init; } = 1200;

    /// <summary>The length the pieces of a cut paragraph aim for.</summary>
    public int TargetChars { get; init; } = 800;

    /// <inheritdoc />
    public IReadOnlyList<Passage> GetPassages(DocumentInfo document, IReadOnlyList<PageText> pages)
    {
        var paragraphs = new List<ParagraphDraft>();
        var headings = new string?[3];
        ParagraphDraft? draft = null;

        foreach (var page in pages.OrderBy(p => p.PageNumber))
        {
            foreach (var block in page.Blocks)
            {
                if (string.IsNullOrWhiteSpace(block.Text)) continue;
                if (block.Role == BlockRole.Heading)
                {
                    Close();
                    var level = Math.Clamp(block.HeadingLevel, 1, headings.Length);
                    headings[level - 1] = Collapse(block.Text);
                    Array.Clear(headings, level, headings.Length - level);
                    continue;
                }
                if (draft is null || !draft.Continues(block))
                {
                    Close();
                    draft = new ParagraphDraft(string.Join(" › ", headings.Where(h => h is not null)));
                }
                draft.Append(block, page);
            }
        }
        Close();

        var passages = new List<Passage>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            if (IsFragment(text)) continue;
            foreach (var (from, to) in Pieces(text))
            {
                var pieceText = text[from..to];
                var normalized = TextNormalizer.Normalize(pieceText);
                var occurrence = occurrences.GetValueOrDefault(normalized);
                occurrences[normalized] = occurrence + 1;
                var id = TextNormalizer.Hash(16, document.FileName, normalized, occurrence.ToString(CultureInfo.InvariantCulture));
                passages.Add(Describe(paragraph, from, to, new Passage(id, document.Id, passages.Count, [], paragraph.Heading, PageSource.TextLayer, pieceText)));
            }
        }
        return passages;

        void Close()
        {
            if (draft is not null && draft.Segments.Count > 0) paragraphs.Add(draft);
            draft = null;
        }
    }

    /// <summary>Fills pages, boxes, source and confidence from the blocks behind characters [from, to).</summary>
    private static Passage Describe(ParagraphDraft paragraph, int from, int to, Passage passage)
    {
        var segments = paragraph.Segments.Where(s => s.Start < to && s.End > from).ToList();
        if (segments.Count == 0) segments = [paragraph.Segments[0]];

        var boxes = new List<PageBox>();
        var words = new List<WordBox>();
        foreach (var segment in segments)
        {
            var inside = segment.WordsWithin(from, to).ToList();
            words.AddRange(inside);
            var box = inside.Count == 0 ? segment.Box : inside.Skip(1).Aggregate(inside[0].Box, (b, w) => b.Union(w.Box));
            boxes.Add(new PageBox(segment.Page, box));
        }

        double? confidence = null;
        if (words.Count > 0)
        {
            confidence = words.Average(w => w.Confidence);
        }
        else if (segments.Any(s => s.PageConfidence.HasValue))
        {
            confidence = segments.Where(s => s.PageConfidence.HasValue).Average(s => s.PageConfidence!.Value);
        }

        return passage with
        {
            Pages = [.. segments.Select(s => s.Page).Distinct().Order()],
            Source = segments.Select(s => s.Source).MaxBy(Weakness),
            Confidence = confidence,
            Boxes = boxes,
        };
    }

    private static int Weakness(PageSource source) => source switch
    {
        PageSource.TextLayer => 0,
        PageSource.Ocr => 1,
        _ => 2,
    };

    /// <summary>The whole text, or sentence-aligned pieces of it when it is too long.</summary>
    private IEnumerable<(int From, int To)> Pieces(string text)
    {
        if (text.Length <= MaxChars)
        {
            yield return (0, text.Length);
            yield break;
        }
        var sentences = SentenceSplitter.Split(text);
        var count = (int)Math.Ceiling(text.Length / (double)TargetChars);
        var target = text.Length / (double)count;

        var pieces = new List<(int From, int To)>();
        int? start = null;
        var end = 0;
        foreach (var sentence in sentences)
        {
            var (s, e) = (sentence.Start.Value, sentence.End.Value);
            if (start is { } open && (end - open >= target || e - open > MaxChars))
            {
                pieces.Add((open, end));
                start = null;
            }
            start ??= s;
            end = e;
        }
        if (start is { } rest) pieces.Add((rest, end));

        // A short tail reads better with the piece before it, as long as that stays within bounds.
        if (pieces.Count >= 2 && pieces[^1].To - pieces[^1].From < TargetChars / 4 && pieces[^1].To - pieces[^2].From <= MaxChars)
        {
            pieces[^2] = (pieces[^2].From, pieces[^1].To);
            pieces.RemoveAt(pieces.Count - 1);
        }
        foreach (var piece in pieces) yield return piece;
    }

    private static bool IsFragment(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return true;
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        if (text.Count(char.IsLetter) * 2 < visible) return true; // chart labels, tables of figures
        return words.Length <= 15 && Caption().IsMatch(text);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Figure, table and photo captions and source lines: "Figur 3.", "Tabell 2:", "Källa: SCB", "Foto: ...".
    [GeneratedRegex(@"^(?:(?:figur|fig\.|tabell|diagram|karta|bild|bilaga)\s*\d+[\.:]?\s|(?:k[äa]lla|k[äa]llor|foto|bild|illustration|grafik|fotograf)\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
