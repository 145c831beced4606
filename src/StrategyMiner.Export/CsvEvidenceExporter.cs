using System.Globalization;
using CsvHelper;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export;

/// <summary>
/// One CSV row per evidence passage and theme code (T1–T9); the passage's dimension codes
/// (EKO/SOC/MIL) go in the Dimensioner column of each of its rows. A passage approved with
/// dimension codes only gets one row with an empty Kod. Written for Swedish Excel: UTF-8 with a
/// byte order mark (so å/ä/ö open correctly), semicolons between fields (Excel's list separator
/// in Swedish), fields quoted per RFC 4180, and text that Excel would run as a formula (starting
/// with = + - @) prefixed with an apostrophe.
/// </summary>
public sealed class CsvEvidenceExporter : IEvidenceExporter
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Region", "Dokument", "År", "Sidor", "Rubrik", "Kod", "Kodnamn", "Dimensioner", "Text", "Källhänvisning",
        "Status", "Granskare", "Beslutad", "Kodare", "Konfidens (%)", "Passage-id",
    ];

    /// <summary>What the Status column says for an approved passage.</summary>
    public const string ApprovedLabel = "godkänd";

    /// <summary>What the Status column says for a passage nobody has reviewed (only with --include-pending).</summary>
    public const string PendingLabel = "EJ GRANSKAD";

    /// <summary>What the Kodare column says for a code the reviewer added that no coder suggested.</summary>
    public const string ReviewerAddedLabel = "granskare";

    /// <summary>The writer options: semicolon, CRLF, BOM, formula protection.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <inheritdoc />
    public void Export(EvidenceSet evidence, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        foreach (var item in evidence.Items)
        {
            var themes = item.Codes.Where(c => evidence.Codebook.Contains(c) && evidence.Codebook[c].Kind == CodeKind.Theme).ToList();
            var dimensions = item.Codes.Where(c => evidence.Codebook.Contains(c) && evidence.Codebook[c].Kind == CodeKind.Dimension).ToList();
            if (themes.Count == 0)
                WriteRow(csv, evidence.Codebook, item, null, dimensions);
            foreach (var theme in themes)
                WriteRow(csv, evidence.Codebook, item, theme, dimensions);
        }
        csv.Flush();
    }

    private static void WriteRow(CsvWriter csv, CodebookDefinition codebook, EvidenceItem item, string? theme, IReadOnlyList<string> dimensions)
    {
        var p = item.Passage;
        // The coders behind the row: those that suggested its theme code, or (dimension-only row) its dimensions.
        var basis = theme is not null ? [theme] : dimensions;
        var behind = item.Suggestions.Where(s => basis.Contains(s.Code, StringComparer.Ordinal)).ToList();
        var coders = behind.Count > 0
            ? string.Join(", ", behind.Select(s => s.Method).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            : item.IsPending ? "" : ReviewerAddedLabel;
        var confidence = behind.Count > 0 ? Math.Round(behind.Max(s => s.Confidence) * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) : "";

        csv.WriteField(p.Region ?? "");
        csv.WriteField(p.Title ?? p.FileName);
        csv.WriteField(p.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(Citation.Pages(p.Pages));
        csv.WriteField(p.Heading);
        csv.WriteField(theme ?? "");
        csv.WriteField(theme is null ? "" : codebook[theme].Name);
        csv.WriteField(string.Join(", ", dimensions));
        csv.WriteField(p.Text);
        csv.WriteField(Citation.Format(p));
        csv.WriteField(item.IsPending ? PendingLabel : ApprovedLabel);
        csv.WriteField(item.Reviewer ?? "");
        csv.WriteField(item.DecidedAt ?? "");
        csv.WriteField(coders);
        csv.WriteField(confidence);
        csv.WriteField(p.Id);
        csv.EndRecord();
    }
}
