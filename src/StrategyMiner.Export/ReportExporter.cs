using System.Globalization;
using System.Text;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export;

/// <summary>
/// The report by question, shaped like chapter 2 of the national compilation: for each question
/// T1–T9 (with its text from the codebook) and each dimension EKO/SOC/MIL, the list of regions
/// with evidence (as the compilation's footnotes list them: "Dalarna, Gotland, Kalmar") and the
/// passages grouped by region, each quoted with its citation; then a region × code coverage
/// matrix (a heat map in HTML). Swedish headings; all text from the PDFs is escaped.
/// </summary>
public sealed class ReportExporter(ReportFormat format, DateTimeOffset? exportedAt = null) : IEvidenceExporter
{
    /// <summary>The lead of each region list, followed by the count and the regions: "Regioner med belägg (3): A, B, C."</summary>
    public const string RegionListLead = "Regioner med belägg";

    /// <summary>The marker on passages (and regions) whose evidence nobody has reviewed yet.</summary>
    public const string PendingMarker = "[EJ GRANSKAD]";

    /// <summary>Said under a code without evidence.</summary>
    public const string NoEvidence = "Inga belägg ännu.";

    private sealed record Section(Code Code, IReadOnlyList<(string Region, IReadOnlyList<EvidenceItem> Items)> Regions);

    /// <inheritdoc />
    public void Export(EvidenceSet evidence, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var sections = evidence.Codebook.Codes.Select(code => new Section(code,
            evidence.Items.Where(i => i.Codes.Contains(code.Id, StringComparer.Ordinal))
                .GroupBy(i => i.RegionLabel, StringComparer.Ordinal)
                .OrderBy(g => g.Key, SwedishOrder.Comparer)
                .Select(g => (g.Key, (IReadOnlyList<EvidenceItem>)g.ToList()))
                .ToList())).ToList();
        var matrix = CoverageMatrix.Build(evidence.Items, evidence.Regions, evidence.Codebook);
        if (format == ReportFormat.Html) WriteHtml(writer, evidence, sections, matrix);
        else WriteMarkdown(writer, evidence, sections, matrix);
    }

    /// <summary>The region list of one code: "Dalarna, Gotland [EJ GRANSKAD], Kalmar" — a region is marked when all its evidence for the code is pending.</summary>
    internal static string RegionList(IEnumerable<(string Region, IReadOnlyList<EvidenceItem> Items)> regions) =>
        string.Join(", ", regions.Select(r => r.Items.All(i => i.IsPending) ? $"{r.Region} {PendingMarker}" : r.Region));

    private string Date => (exportedAt ?? DateTimeOffset.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Summary(EvidenceSet evidence)
    {
        var approved = evidence.Items.Count(i => !i.IsPending);
        var strategies = evidence.Items.Where(i => !i.IsPending).Select(i => i.Passage.DocumentId).Distinct(StringComparer.Ordinal).Count();
        return $"Underlag: {approved} godkända passager ur {strategies} av {evidence.Documents.Count} strategier.";
    }

    private static string? PendingNote(EvidenceSet evidence)
    {
        var pending = evidence.Items.Count(i => i.IsPending);
        return evidence.IncludesPending
            ? $"Rapporten tar också med {pending} passager som ingen har granskat än; de är märkta {PendingMarker} och ska inte citeras som belägg förrän de är granskade."
            : null;
    }

    private static string Title(Code code) => $"{code.Id} {code.Name}";

    private static string Lead(Code code) => code.Kind == CodeKind.Theme ? $"Fråga: {code.Question}" : $"Definition: {code.Definition}";

    private void WriteMarkdown(TextWriter w, EvidenceSet evidence, IReadOnlyList<Section> sections, CoverageMatrix matrix)
    {
        w.WriteLine("# Belägg ur de regionala utvecklingsstrategierna");
        w.WriteLine();
        w.WriteLine($"Sammanställt av StrategyMiner {Date}. {Summary(evidence)}");
        if (PendingNote(evidence) is { } note)
        {
            w.WriteLine();
            w.WriteLine($"**{Markup.Markdown(note)}**");
        }
        foreach (var kind in new[] { CodeKind.Theme, CodeKind.Dimension })
        {
            w.WriteLine();
            w.WriteLine(kind == CodeKind.Theme ? "## Frågorna T1–T9" : "## Hållbarhetens dimensioner");
            foreach (var section in sections.Where(s => s.Code.Kind == kind))
            {
                w.WriteLine();
                w.WriteLine($"### {Markup.Markdown(Title(section.Code))}");
                w.WriteLine();
                w.WriteLine($"*{Markup.Markdown(Lead(section.Code))}*");
                w.WriteLine();
                if (section.Regions.Count == 0)
                {
                    w.WriteLine(NoEvidence);
                    continue;
                }
                w.WriteLine($"{RegionListLead} ({section.Regions.Count}): {Markup.Markdown(RegionList(section.Regions))}.");
                foreach (var (region, items) in section.Regions)
                {
                    w.WriteLine();
                    w.WriteLine($"#### {Markup.Markdown(region)}");
                    foreach (var item in items)
                    {
                        w.WriteLine();
                        var marker = item.IsPending ? $"**{Markup.Markdown(PendingMarker)}** " : "";
                        w.WriteLine($"> {marker}\u201D{Markup.Markdown(item.Passage.Text.Trim())}\u201D ({Markup.Markdown(Citation.Format(item.Passage))})");
                    }
                }
            }
        }
        w.WriteLine();
        w.WriteLine("## Täckning per region och kod");
        w.WriteLine();
        w.WriteLine(evidence.IncludesPending
            ? "Antal passager per region och kod (godkända och ej granskade)."
            : "Antal godkända passager per region och kod.");
        w.WriteLine();
        w.Write(matrix.ToMarkdown());
    }

    private void WriteHtml(TextWriter w, EvidenceSet evidence, IReadOnlyList<Section> sections, CoverageMatrix matrix)
    {
        static string H(string s) => Markup.Html(Markup.XmlSafe(s));
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"sv\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\" />");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        w.WriteLine("<title>Belägg ur de regionala utvecklingsstrategierna</title>");
        w.WriteLine("<style>");
        w.WriteLine(Css);
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<h1>Belägg ur de regionala utvecklingsstrategierna</h1>");
        w.WriteLine($"<p class=\"summary\">Sammanställt av StrategyMiner {H(Date)}. {H(Summary(evidence))}</p>");
        if (PendingNote(evidence) is { } note) w.WriteLine($"<p class=\"pending-note\">{H(note)}</p>");
        foreach (var kind in new[] { CodeKind.Theme, CodeKind.Dimension })
        {
            w.WriteLine(kind == CodeKind.Theme ? "<h2>Frågorna T1–T9</h2>" : "<h2>Hållbarhetens dimensioner</h2>");
            foreach (var section in sections.Where(s => s.Code.Kind == kind))
            {
                var id = H(section.Code.Id);
                w.WriteLine($"<section id=\"{id}\" data-code=\"{id}\">");
                w.WriteLine($"<h3>{H(Title(section.Code))}</h3>");
                w.WriteLine($"<p class=\"lead\">{H(Lead(section.Code))}</p>");
                if (section.Regions.Count == 0)
                {
                    w.WriteLine($"<p class=\"none\">{H(NoEvidence)}</p>");
                }
                else
                {
                    w.WriteLine($"<p class=\"regions\" data-code=\"{id}\">{H(RegionListLead)} ({section.Regions.Count}): <span class=\"list\">{H(RegionList(section.Regions))}</span>.</p>");
                    foreach (var (region, items) in section.Regions)
                    {
                        w.WriteLine($"<h4>{H(region)}</h4>");
                        foreach (var item in items)
                        {
                            var pending = item.IsPending ? $"<span class=\"pending\">{H(PendingMarker)}</span> " : "";
                            w.WriteLine($"<blockquote data-passage=\"{H(item.Passage.Id)}\"{(item.IsPending ? " class=\"is-pending\"" : "")}>{pending}<q>{H(item.Passage.Text.Trim())}</q> <cite>({H(Citation.Format(item.Passage))})</cite></blockquote>");
                        }
                    }
                }
                w.WriteLine("</section>");
            }
        }
        w.WriteLine("<h2>Täckning per region och kod</h2>");
        w.WriteLine($"<p>{H(evidence.IncludesPending ? "Antal passager per region och kod (godkända och ej granskade); mörkare ruta = fler passager." : "Antal godkända passager per region och kod; mörkare ruta = fler passager.")}</p>");
        w.WriteLine("<table class=\"heat\">");
        w.WriteLine($"<thead><tr><th scope=\"col\">Region</th>{string.Concat(matrix.Codes.Select(c => $"<th scope=\"col\" title=\"{H(evidence.Codebook[c].Name)}\">{H(c)}</th>"))}</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var region in matrix.Regions)
        {
            var cells = string.Concat(matrix.Codes.Select(c => HeatCell(matrix[region, c], matrix.Max)));
            w.WriteLine($"<tr><th scope=\"row\">{H(region)}</th>{cells}</tr>");
        }
        w.WriteLine("</tbody>");
        w.WriteLine("</table>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    // Shade by share of the largest count, so the darkest cell is the best-covered region and code.
    private static string HeatCell(int count, int max)
    {
        if (count == 0) return "<td class=\"zero\">0</td>";
        var share = max == 0 ? 0 : (double)count / max;
        var alpha = (0.15 + 0.85 * share).ToString("0.00", CultureInfo.InvariantCulture);
        var ink = share > 0.55 ? "#ffffff" : "#10243e";
        return $"<td style=\"background-color: rgba(0, 84, 166, {alpha}); color: {ink}\">{count.ToString(CultureInfo.InvariantCulture)}</td>";
    }

    private const string Css =
        """
        body { font-family: Georgia, "Times New Roman", serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.5; }
        h1, h2, h3, h4 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; }
        h2 { border-bottom: 2px solid #0054a6; padding-bottom: 0.2rem; margin-top: 2.5rem; }
        .lead { font-style: italic; }
        .regions { background: #eef3f9; padding: 0.4rem 0.6rem; border-left: 4px solid #0054a6; }
        blockquote { margin: 0.6rem 0 0.6rem 1rem; padding-left: 0.8rem; border-left: 3px solid #c9d6e5; }
        blockquote q { quotes: "\201D" "\201D"; }
        blockquote cite { font-style: normal; color: #4a4a4a; }
        .is-pending { border-left-color: #d08700; background: #fff8e6; }
        .pending, .pending-note { color: #8a4b00; font-weight: bold; }
        table.heat { border-collapse: collapse; font-family: Arial, Helvetica, sans-serif; font-size: 0.9rem; }
        table.heat th, table.heat td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: right; }
        table.heat th[scope="row"], table.heat thead th:first-child { text-align: left; white-space: nowrap; }
        table.heat td.zero { background-color: #f6f8fa; color: #9aa4ae; }
        """;
}
