using System.Text;
using System.Text.RegularExpressions;
using StrategyMiner.Documents;
using StrategyMiner.Ocr.Imaging;

namespace StrategyMiner.Ocr;

/// <summary>
/// Turns Tesseract's words into a page of paragraphs. Tesseract's own paragraph finder splits flush-left
/// text without indents in odd places, so paragraphs are rebuilt from its blocks and lines by the
/// usual layout cues: a wider gap between lines, a change of line height (a heading), or a short
/// line ending a sentence. Lines are joined with spaces and end-of-line hyphenation is undone;
/// boxes are converted to PDF points.
/// </summary>
internal static partial class OcrPageBuilder
{
    // Words Tesseract makes of rules, borders and dust rather than of print.
    private const float NoiseConfidence = 50;

    // Swedish coordinated compounds keep the hyphen and the space: "närings- och samhällsliv".
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "och", "eller", "samt", "respektive", "resp.", "som", "till", "men", "utan", "liksom",
    };

    /// <summary>Builds the page from the words read in the image straightened as <paramref name="frame"/> says.</summary>
    public static PageText Build(int pageNumber, PageImage page, EngineResult result, ReadingFrame frame)
    {
        var lines = result.Words
            .Where(w => !IsNoise(w))
            .GroupBy(w => w.Line)
            .Select(g => new Line(g.ToList()))
            .ToList();
        var bodyHeight = Median(lines.Where(l => l.Words.Count >= 4).Select(l => l.Height))
            ?? Median(lines.Select(l => l.Height)) ?? 0;

        var blocks = new List<TextBlock>();
        foreach (var paragraph in Paragraphs(lines))
        {
            var words = paragraph.SelectMany(l => l.Words).ToList();
            var boxes = words.Select(w => ToPage(page, frame, w)).ToList();
            var box = boxes.Aggregate((a, b) => a.Union(b));
            var text = JoinLines(paragraph.Select(l => (IReadOnlyList<string>)l.Words.Select(w => w.Text).ToList()).ToList());
            if (IsMarginal(paragraph, text, frame.TurnedHeight)) continue;
            var (role, level) = Role(paragraph, text, bodyHeight);
            blocks.Add(new TextBlock(text, box, role, level)
            {
                EndsOpen = EndsOpen(text),
                Words = words.Select((w, i) => new WordBox(w.Text, boxes[i], Math.Round(w.Confidence / 100.0, 4))).ToList(),
            });
        }
        var confidence = blocks.SelectMany(b => b.Words).Select(w => w.Confidence).DefaultIfEmpty(0).Average();
        return new PageText(pageNumber, PageSource.Ocr, blocks, page.PageWidth, page.PageHeight)
        {
            Confidence = blocks.Count == 0 ? null : Math.Round(confidence, 4),
            HasImages = true,
        };
    }

    private sealed class Line(List<OcrWord> words)
    {
        public List<OcrWord> Words { get; } = words;
        public int Block { get; } = words[0].Block;
        public int Left { get; } = words.Min(w => w.Left);
        public int Right { get; } = words.Max(w => w.Right);
        public int Top { get; } = words.Min(w => w.Top);
        public int Bottom { get; } = words.Max(w => w.Bottom);
        // Word heights, unlike the line's box, do not grow with what skew is left over.
        public double Height { get; } = Median(words.Select(w => (double)(w.Bottom - w.Top)))!.Value;
        // Most words have no descender, so the median bottom is the baseline.
        public double Baseline { get; } = Median(words.Select(w => (double)w.Bottom))!.Value;
        public string LastText => Words[^1].Text;
    }

    private static IEnumerable<List<Line>> Paragraphs(List<Line> lines)
    {
        if (lines.Count == 0) yield break;
        var height = Median(lines.Select(l => l.Height))!.Value;
        // Jumps between columns, blocks and margins are not line pitch.
        var pitches = lines.Zip(lines.Skip(1), (a, b) => b.Baseline - a.Baseline).Where(p => p > 0 && p < 3 * height).ToList();
        var typicalPitch = pitches.Count >= 2 ? Median(pitches)!.Value : height * 1.6;
        var current = new List<Line> { lines[0] };
        var right = lines[0].Right;
        for (var i = 1; i < lines.Count; i++)
        {
            var (a, b) = (lines[i - 1], lines[i]);
            if (b.Block != a.Block) right = lines.Where(l => l.Block == b.Block).Max(l => l.Right);
            if (Breaks(a, b, height, typicalPitch, Math.Max(right, a.Right)))
            {
                yield return current;
                current = [];
            }
            current.Add(b);
        }
        yield return current;
    }

    private static bool Breaks(Line a, Line b, double height, double typicalPitch, int columnRight)
    {
        // Tesseract's blocks are a hint only (it sometimes cuts a paragraph in two), but a line that does
        // not sit right below the previous one in the same column starts something new.
        if (b.Block != a.Block && (b.Top < a.Top || Math.Abs(b.Left - a.Left) > 3 * height)) return true;
        // Paragraph spacing: baselines further apart than the usual line pitch.
        if (b.Baseline - a.Baseline > 1.3 * typicalPitch) return true;
        var ratio = Math.Max(a.Height, b.Height) / Math.Max(1, Math.Min(a.Height, b.Height));
        if (ratio > 1.3 && Math.Max(a.Words.Count, b.Words.Count) > 1) return true;
        // A line that ends a sentence although the next line's first word would have fitted after it
        // was broken on purpose: the paragraph ends there.
        var nextWord = b.Words[0];
        var room = columnRight - a.Right;
        return room > nextWord.Right - nextWord.Left + 0.6 * height && !EndsOpen(a.LastText);
    }

    // A short, open line set clearly larger than the body is a heading.
    private static (BlockRole Role, int Level) Role(List<Line> paragraph, string text, double bodyHeight)
    {
        if (bodyHeight <= 0 || paragraph.Count > 2 || text.Length > 120 || !EndsOpen(text)) return (BlockRole.Paragraph, 0);
        var ratio = Median(paragraph.Select(l => l.Height))!.Value / bodyHeight;
        return ratio >= 1.25 ? (BlockRole.Heading, HeadingLevel(text, ratio)) : (BlockRole.Paragraph, 0);
    }

    /// <summary>
    /// The depth of an OCR heading. OCR boxes measure type too roughly to rank every size in the
    /// document as the text-layer extractor does, so a section number decides where there is one
    /// ("2.3 Uppföljning" is level 2), and otherwise only the clear step from chapter titles (at
    /// least 1.6 times the body height) to section titles is used.
    /// </summary>
    internal static int HeadingLevel(string text, double ratioToBody)
    {
        var number = SectionNumber().Match(text);
        if (number.Success) return Math.Min(3, number.Groups[1].Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Length);
        return ratioToBody >= 1.6 ? 1 : 2;
    }

    // "3 ", "2.3 ", "2.3. " or "1.2.4 " before a word; one or two digits, so years are not section numbers.
    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();

    /// <summary>True when the word is a mark Tesseract read from a rule, a border or dust.</summary>
    internal static bool IsNoise(OcrWord word)
    {
        if (word.Text.All(c => c is '|' or '_' or '~' or '¦' or '\'' or '`' or '.' or ',')) return true;
        return word.Confidence < NoiseConfidence && !word.Text.Any(char.IsLetterOrDigit);
    }

    /// <summary>Joins a paragraph's lines with spaces, undoing end-of-line hyphenation.</summary>
    internal static string JoinLines(IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Count; i++)
            {
                var word = line[i];
                if (text.Length > 0)
                {
                    var join = i == 0 ? HyphenJoin(text, word) : Join.Space;
                    if (join == Join.DropHyphen) text.Length--;
                    else if (join == Join.Space) text.Append(' ');
                }
                text.Append(word);
            }
        }
        return text.ToString();
    }

    private enum Join { Space, DropHyphen, KeepHyphen }

    // "utvecklings-" + "strategi" → "utvecklingsstrategi"; "EU-" + "projekt" → "EU-projekt";
    // "närings-" + "och" → "närings- och".
    private static Join HyphenJoin(StringBuilder text, string next)
    {
        var last = text[^1];
        if (last is not ('-' or '\u00AD' or '\u2010') || text.Length < 2 || !char.IsLetter(text[^2])) return Join.Space;
        if (!char.IsLetter(next[0]) || Conjunctions.Contains(next.TrimEnd(',', '.', ';', ':'))) return Join.Space;
        if (last == '\u00AD' || (char.IsLower(text[^2]) && char.IsLower(next[0]))) return Join.DropHyphen;
        return Join.KeepHyphen;
    }

    /// <summary>Open when the text does not end a sentence, so what follows may continue it.</summary>
    internal static bool EndsOpen(string text)
    {
        var trimmed = text.TrimEnd('”', '’', '"', '\'', ')', '»', ' ');
        return trimmed.Length == 0 || trimmed[^1] is not ('.' or '!' or '?' or ':' or ';');
    }

    // What a page's margins hold besides the text: a page number ("12", "- 12 -", "Sida 12", "12 (40)")
    // or a running header or footer, set small and often grey, which Tesseract reads badly (mean word
    // confidence well below the body's 0.9 and more). A block read with little confidence anywhere is
    // a picture or a rule taken for letters.
    private static bool IsMarginal(List<Line> paragraph, string text, int imageHeight)
    {
        var confidence = paragraph.SelectMany(l => l.Words).Average(w => w.Confidence) / 100.0;
        if (confidence < 0.5) return true;
        var inMargin = paragraph[0].Top > imageHeight * 0.9 || paragraph[^1].Bottom < imageHeight * 0.1;
        if (!inMargin) return false;
        return PageNumberPattern().IsMatch(text) || (paragraph.Count == 1 && confidence < 0.7);
    }

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:(?:sida|s\.)\s*)?\d{1,4}(?:\s*(?:\(\d{1,4}\)|/\s*\d{1,4}|av\s+\d{1,4}))?(?:\s*[-–—])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberPattern();

    private static BoundingBox ToPage(PageImage page, ReadingFrame frame, OcrWord word)
    {
        var (left, top, right, bottom) = frame.MapBack(word.Left, word.Top, word.Right, word.Bottom);
        var box = page.ToPage(left, top, right, bottom);
        return new BoundingBox(Math.Round(box.Left, 2), Math.Round(box.Bottom, 2), Math.Round(box.Right, 2), Math.Round(box.Top, 2));
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted[sorted.Count / 2];
    }
}
