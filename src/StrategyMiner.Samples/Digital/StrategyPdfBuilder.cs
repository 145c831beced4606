using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace StrategyMiner.Samples.Digital;

/// <summary>
/// Writes realistic born-digital Swedish strategy-brochure PDFs with PdfPig's
/// <see cref="PdfDocumentBuilder"/>: A4 pages, a running header and a page-number footer at the same
/// place on every page, bold headings, justified body text in one or two columns that flows from
/// column to column and page to page, and real end-of-line hyphenation done by its own line breaker.
/// </summary>
/// <remarks>
/// <para>Source text may mark hyphenation points with '|' ("utveck|lingsarbetet"); the breaker splits
/// a marked word only there, drawing "utveck-" at the line end. It may also break after a word's own
/// hyphen ("EU-" / "medel", "stad-" / "land-relationer") without adding one, and, unless turned off,
/// unmarked words of ten letters or more at a simple syllable rule. A line is broken only when the
/// next word does not fit (greedy first fit); full lines are justified by widening word gaps. Lines
/// are drawn word by word, without space glyphs. Whitespace in source text is collapsed.</para>
/// <para>Output is deterministic (same calls, same bytes) and needs no clock or randomness. Every call
/// lays out immediately, so <see cref="Paragraphs"/> and <see cref="PageCount"/> are always current.
/// Any character DejaVu Sans has can be used (Swedish letters, ” ’ – — · … €).</para>
/// </remarks>
public sealed class StrategyPdfBuilder
{
    private const double Margin = 56;
    private const double Gutter = 20;
    private const double BodySize = 10;
    private const double BodyLeading = 13.5;
    private const double ParagraphGap = 7;
    private const double RunningSize = 8;
    private const double HeaderFromTop = 40;
    private const double BodyFromTop = 68;
    private const double BodyBottom = 64;
    private const double FooterBaseline = 34;
    private static readonly double[] HeadingSizes = [16, 13, 11];
    private static readonly Lazy<byte[]> Picture = new(() => PngEncoder.Gradient(96, 64));

    private readonly PdfDocumentBuilder pdf;
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly string header;
    private readonly string footer;
    private readonly Dictionary<char, double> regularWidths = [];
    private readonly Dictionary<char, double> boldWidths = [];
    private readonly List<ExpectedParagraph> paragraphs = [];
    private readonly List<HyphenBreak> hyphenBreaks = [];
    private readonly bool syllableHyphenation;
    private readonly string?[] headings = new string?[3];
    private PdfPageBuilder? page;
    private int columns = 1;
    private int column;
    private double cursorY;
    private bool columnEmpty;
    private bool strip;
    private bool built;

    /// <summary>Starts a document.</summary>
    /// <param name="title">The PDF metadata title.</param>
    /// <param name="header">Running header drawn top-left on every page, e.g. "Dalastrategin 2030 · Region Dalarna".</param>
    /// <param name="footer">Footer drawn centred at the bottom of every page; "{page}" becomes the page number.</param>
    /// <param name="fonts">Fonts to embed; <see cref="StrategyPdfFonts.Default"/> when null.</param>
    /// <param name="syllableHyphenation">Also hyphenate unmarked words of ten letters or more at a
    /// simple syllable rule (before a consonant followed by a vowel); marked words use only their marks.</param>
    public StrategyPdfBuilder(string title, string header, string footer = "{page}", StrategyPdfFonts? fonts = null, bool syllableHyphenation = true)
    {
        this.syllableHyphenation = syllableHyphenation;
        fonts ??= StrategyPdfFonts.Default;
        this.header = header;
        this.footer = footer;
        pdf = new PdfDocumentBuilder();
        pdf.DocumentInformation.Title = title;
        pdf.DocumentInformation.Producer = "StrategyMiner.Samples";
        regular = pdf.AddTrueTypeFont(fonts.Regular);
        bold = pdf.AddTrueTypeFont(fonts.Bold);
    }

    /// <summary>Pages so far.</summary>
    public int PageCount { get; private set; }

    /// <summary>Every paragraph laid out so far, in reading order, as a perfect extraction would return it.</summary>
    public IReadOnlyList<ExpectedParagraph> Paragraphs => paragraphs;

    /// <summary>Every word split across two lines so far, in reading order.</summary>
    public IReadOnlyList<HyphenBreak> HyphenBreaks => hyphenBreaks;

    /// <summary>
    /// Starts a new page. Text that overflows it continues on automatic pages with the same number of
    /// columns (and with diacritics intact).
    /// </summary>
    /// <param name="columns">1 or 2 body columns.</param>
    /// <param name="stripDiacritics">Draw this page's text without diacritics (å, ä → a; ö → o; é → e),
    /// like a text layer that lost them.</param>
    /// <param name="runningText">Draw the running header and footer; false for a cover or a page that
    /// should carry no text at all (e.g. a full-page picture).</param>
    public StrategyPdfBuilder AddPage(int columns = 1, bool stripDiacritics = false, bool runningText = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, 2);
        ThrowIfBuilt();
        StartPage(columns, stripDiacritics, runningText);
        return this;
    }

    /// <summary>A bold heading (level 1 largest); it is kept in the same column as what follows it.</summary>
    public StrategyPdfBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, HeadingSizes.Length);
        ThrowIfBuilt();
        EnsurePage();
        var size = HeadingSizes[level - 1];
        var leading = size * 1.25;
        var spaceBefore = size;
        var spaceAfter = size * 0.4;
        var words = Words(text);
        var lines = BreakLines(words, bold, size, hyphenate: false);
        var needed = (columnEmpty ? 0 : spaceBefore) + lines.Count * leading + spaceAfter + 2 * BodyLeading;
        if (cursorY - needed < BodyBottom)
        {
            NextColumn();
        }
        if (!columnEmpty)
        {
            cursorY -= spaceBefore;
        }
        foreach (var line in lines)
        {
            DrawLine(line, bold, size, leading, justify: false);
        }
        cursorY -= spaceAfter;

        headings[level - 1] = Shown(string.Join(' ', words).Replace(LineBreaker.BreakMark.ToString(), "", StringComparison.Ordinal));
        for (var deeper = level; deeper < headings.Length; deeper++)
        {
            headings[deeper] = null;
        }
        return this;
    }

    /// <summary>A justified body paragraph; '|' in a word marks where it may be hyphenated.</summary>
    public StrategyPdfBuilder Paragraph(string text)
    {
        ThrowIfBuilt();
        EnsurePage();
        var words = Words(text);
        if (words.Count == 0)
        {
            return this;
        }
        if (!columnEmpty)
        {
            cursorY -= ParagraphGap;
        }

        var lines = BreakLines(words, regular, BodySize, hyphenate: true);
        var rendered = words.Select(_ => new StringBuilder()).ToArray();
        var pages = new SortedSet<int>();
        var parts = new HashSet<(int Page, int Column)>();
        var drawnLines = new List<(List<Fragment> Line, int Page)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var drawn = DrawLine(lines[i], regular, BodySize, BodyLeading, justify: i < lines.Count - 1);
            pages.Add(PageCount);
            parts.Add((PageCount, column));
            drawnLines.Add((drawn, PageCount));
            foreach (var f in drawn)
            {
                rendered[f.Word].Append(f.AddedHyphen ? f.Text[..^1] : f.Text);
            }
        }
        for (var i = 0; i + 1 < drawnLines.Count; i++)
        {
            var end = drawnLines[i].Line[^1];
            var next = drawnLines[i + 1].Line[0];
            if (end.Word == next.Word)
            {
                hyphenBreaks.Add(new HyphenBreak(drawnLines[i].Page, end.Text, next.Text, rendered[end.Word].ToString()));
            }
        }
        paragraphs.Add(new ExpectedParagraph(string.Join(' ', rendered.Select(r => r.ToString())), [.. pages], HeadingPath(), parts.Count));
        return this;
    }

    /// <summary>Continues in the next column (or on a new page after the last column).</summary>
    public StrategyPdfBuilder ColumnBreak()
    {
        ThrowIfBuilt();
        EnsurePage();
        NextColumn();
        return this;
    }

    /// <summary>
    /// A column-wide picture (a real image XObject) with an optional short caption below it in small
    /// type. Captions are not listed in <see cref="Paragraphs"/>.
    /// </summary>
    public StrategyPdfBuilder Image(double height = 90, string? caption = null)
    {
        ThrowIfBuilt();
        EnsurePage();
        var captionHeight = caption is null ? 0 : RunningSize * 1.6;
        height = Math.Min(height, BodyTop - BodyBottom - captionHeight);
        var needed = (columnEmpty ? 0 : ParagraphGap) + height + captionHeight;
        if (cursorY - needed < BodyBottom)
        {
            NextColumn();
        }
        if (!columnEmpty)
        {
            cursorY -= ParagraphGap;
        }
        var width = ColumnWidth;
        page!.AddPng(Picture.Value, new PdfRectangle(ColumnLeft, cursorY - height, ColumnLeft + width, cursorY));
        cursorY -= height;
        if (caption is not null)
        {
            cursorY -= RunningSize * 1.4;
            page.AddText(Shown(caption), RunningSize, new PdfPoint(ColumnLeft, cursorY), regular);
            cursorY -= RunningSize * 0.2;
        }
        columnEmpty = false;
        return this;
    }

    /// <summary>Writes the PDF. The builder cannot be used afterwards.</summary>
    public byte[] Build()
    {
        ThrowIfBuilt();
        EnsurePage();
        built = true;
        byte[] bytes;
        using (pdf)
        {
            bytes = pdf.Build();
        }
        StableFileId(bytes);
        return bytes;
    }

    /// <summary>
    /// PdfPig writes a random file identifier into the trailer; replacing it in place (same length)
    /// with a hash of everything before it makes the output byte-for-byte reproducible.
    /// </summary>
    private static void StableFileId(byte[] bytes)
    {
        var trailer = bytes.AsSpan().LastIndexOf("trailer"u8);
        if (trailer < 0) return;
        var id = bytes.AsSpan(trailer).IndexOf("/ID ["u8);
        if (id < 0) return;
        var start = trailer + id + "/ID [".Length;
        var hash = System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, trailer));
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(hash));
        var written = 0;
        for (var i = start; i < bytes.Length && bytes[i] != (byte)']' && written < hex.Length; i++)
        {
            if (Uri.IsHexDigit((char)bytes[i]))
            {
                bytes[i] = hex[written++];
            }
        }
    }

    private double PageWidth => page!.PageSize.Width;

    private double PageHeight => page!.PageSize.Height;

    private double ColumnWidth => (PageWidth - 2 * Margin - (columns - 1) * Gutter) / columns;

    private double ColumnLeft => Margin + column * (ColumnWidth + Gutter);

    private double BodyTop => PageHeight - BodyFromTop;

    private void ThrowIfBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException("Build() was already called on this builder.");
        }
    }

    private void EnsurePage()
    {
        if (page is null)
        {
            StartPage(1, false);
        }
    }

    private void StartPage(int columnCount, bool stripDiacritics, bool runningText = true)
    {
        page = pdf.AddPage(PageSize.A4);
        PageCount++;
        columns = columnCount;
        strip = stripDiacritics;
        column = 0;
        cursorY = BodyTop;
        columnEmpty = true;
        if (!runningText)
        {
            return;
        }

        page.SetTextAndFillColor(90, 90, 90);
        page.AddText(Shown(header), RunningSize, new PdfPoint(Margin, PageHeight - HeaderFromTop), regular);
        var footerText = Shown(footer.Replace("{page}", PageCount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var footerWidth = Measure(footerText, regular, RunningSize);
        page.AddText(footerText, RunningSize, new PdfPoint((PageWidth - footerWidth) / 2, FooterBaseline), regular);
        page.ResetColor();
        page.DrawLine(new PdfPoint(Margin, PageHeight - HeaderFromTop - 6), new PdfPoint(PageWidth - Margin, PageHeight - HeaderFromTop - 6), 0.5);
    }

    private void NextColumn()
    {
        if (column + 1 < columns)
        {
            column++;
            cursorY = BodyTop;
            columnEmpty = true;
        }
        else
        {
            StartPage(columns, false);
        }
    }

    private List<Fragment> DrawLine(List<Fragment> line, PdfDocumentBuilder.AddedFont font, double size, double leading, bool justify)
    {
        if (cursorY - leading < BodyBottom)
        {
            NextColumn();
        }
        // Diacritics are stripped at draw time because only now is the page (and its setting) known.
        var drawn = strip
            ? line.Select(f => f with { Text = Diacritics.Strip(f.Text), Width = Measure(Diacritics.Strip(f.Text), font, size) }).ToList()
            : line;
        var space = Measure(" ", font, size);
        var gap = space;
        if (justify && drawn.Count > 1)
        {
            gap = Math.Max(space, (ColumnWidth - drawn.Sum(f => f.Width)) / (drawn.Count - 1));
        }
        var baseline = cursorY - size * 0.8;
        var x = ColumnLeft;
        foreach (var f in drawn)
        {
            page!.AddText(f.Text, size, new PdfPoint(x, baseline), font);
            x += f.Width + gap;
        }
        cursorY -= leading;
        columnEmpty = false;
        return drawn;
    }

    private List<List<Fragment>> BreakLines(IReadOnlyList<string> words, PdfDocumentBuilder.AddedFont font, double size, bool hyphenate) =>
        LineBreaker.Break(words, ColumnWidth, Measure(" ", font, size), s => Measure(s, font, size), hyphenate, hyphenate && syllableHyphenation);

    private double Measure(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        var widths = font == bold ? boldWidths : regularWidths;
        var total = 0.0;
        foreach (var c in text)
        {
            if (!widths.TryGetValue(c, out var w))
            {
                // PdfPig measures without kerning, as it draws; one glyph at 1000 pt keeps precision.
                var letters = page!.MeasureText(c.ToString(), 1000, new PdfPoint(0, 0), font);
                w = letters.Count == 0 ? 0 : (letters[0].EndBaseLine.X - letters[0].StartBaseLine.X) / 1000;
                widths[c] = w;
            }
            total += w;
        }
        return total * size;
    }

    private string Shown(string text) => strip ? Diacritics.Strip(text) : text;

    private string HeadingPath() => string.Join(" › ", headings.Where(h => h is not null));

    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
}
