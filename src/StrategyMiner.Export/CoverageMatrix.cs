using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export;

/// <summary>
/// Region × code counts: how many passages of each region carry each code. Every region with a
/// current document is a row (a region without evidence is all zeros), every code of the
/// codebook a column; regions in Swedish order (å ä ö last), codes in codebook order.
/// </summary>
public sealed class CoverageMatrix
{
    private readonly Dictionary<(string Region, string Code), int> _counts;

    private CoverageMatrix(IReadOnlyList<string> regions, IReadOnlyList<string> codes, Dictionary<(string, string), int> counts)
    {
        Regions = regions;
        Codes = codes;
        _counts = counts;
    }

    /// <summary>Counts each item once per code it has, under its region.</summary>
    /// <param name="items">The passages to count (approved evidence, or the coders' suggestions).</param>
    /// <param name="regions">Regions to show even when they have no item.</param>
    /// <param name="codebook">The codes to show.</param>
    public static CoverageMatrix Build(IEnumerable<EvidenceItem> items, IEnumerable<string> regions, CodebookDefinition codebook)
    {
        var counts = new Dictionary<(string, string), int>();
        var allRegions = new HashSet<string>(regions, StringComparer.Ordinal);
        foreach (var item in items)
        {
            allRegions.Add(item.RegionLabel);
            foreach (var code in item.Codes.Distinct(StringComparer.Ordinal))
                counts[(item.RegionLabel, code)] = counts.GetValueOrDefault((item.RegionLabel, code)) + 1;
        }
        return new CoverageMatrix(allRegions.Order(SwedishOrder.Comparer).ToList(), codebook.Codes.Select(c => c.Id).ToList(), counts);
    }

    /// <summary>The regions (rows), Swedish order.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The codes (columns), codebook order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Passages of the region with the code.</summary>
    public int this[string region, string code] => _counts.GetValueOrDefault((region, code));

    /// <summary>The largest count (for shading a heat map); 0 when empty.</summary>
    public int Max => _counts.Count == 0 ? 0 : _counts.Values.Max();

    /// <summary>The sum over all cells.</summary>
    public int Total => _counts.Values.Sum();

    /// <summary>
    /// {"Dalarna": {"T1": 3, …, "MIL": 0}, …}: regions in Swedish order, every code present,
    /// zeros included; UTF-8 without escaping å/ä/ö.
    /// </summary>
    public void WriteJson(Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        foreach (var region in Regions)
        {
            json.WriteStartObject(region);
            foreach (var code in Codes) json.WriteNumber(code, this[region, code]);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>Region;T1;…;MIL rows, semicolon-separated like the evidence CSV; with a byte order mark when it goes to a file for Excel.</summary>
    public void WriteCsv(Stream output, bool byteOrderMark)
    {
        using var csv = CsvWriter.Create(output, CsvEvidenceExporter.Options with { WriteByteOrderMark = byteOrderMark }, leaveOpen: true);
        csv.WriteHeader(["Region", .. Codes]);
        foreach (var region in Regions)
        {
            csv.WriteField(region);
            foreach (var code in Codes) csv.WriteField(this[region, code]);
            csv.EndRecord();
        }
        csv.Flush();
    }

    /// <summary>The matrix as a Markdown table (for the report).</summary>
    internal string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| Region | ").Append(string.Join(" | ", Codes)).Append(" |\n");
        sb.Append("|---|").Append(string.Concat(Codes.Select(_ => "---:|"))).Append('\n');
        foreach (var region in Regions)
        {
            sb.Append("| ").Append(Markup.Markdown(region)).Append(" | ")
              .Append(string.Join(" | ", Codes.Select(c => this[region, c].ToString(System.Globalization.CultureInfo.InvariantCulture))))
              .Append(" |\n");
        }
        return sb.ToString();
    }
}
