using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StrategyMiner.Export;

/// <summary>
/// The quick look-up: each passage as a quote in Swedish quotation marks followed by its citation,
/// ”Strategin genomförs genom fyra handlingsplaner.” (Region Dalarna, Dalastrategin 2030, s. 14),
/// or the same as JSON. Pending passages are prefixed [EJ GRANSKAD].
/// </summary>
public sealed class EvidenceListExporter(EvidenceListFormat format) : IEvidenceExporter
{
    /// <summary>The marker in front of a passage nobody has reviewed yet.</summary>
    public const string PendingMarker = "[EJ GRANSKAD]";

    /// <inheritdoc />
    public void Export(EvidenceSet evidence, Stream output)
    {
        if (format == EvidenceListFormat.Json) WriteJson(evidence, output);
        else WriteText(evidence, output);
    }

    /// <summary>One passage as it is pasted into a text: ”…” (citation).</summary>
    public static string Quote(EvidenceItem item) =>
        $"{(item.IsPending ? PendingMarker + " " : "")}\u201D{Markup.OneLine(item.Passage.Text).Trim()}\u201D ({Citation.Format(item.Passage)})";

    private static void WriteText(EvidenceSet evidence, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        for (var i = 0; i < evidence.Items.Count; i++)
        {
            if (i > 0) writer.WriteLine();
            writer.WriteLine(Quote(evidence.Items[i]));
        }
    }

    private static void WriteJson(EvidenceSet evidence, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var item in evidence.Items)
        {
            var p = item.Passage;
            json.WriteStartObject();
            json.WriteString("passageId", p.Id);
            json.WriteString("region", p.Region);
            json.WriteString("title", p.Title ?? p.FileName);
            if (p.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
            json.WriteStartArray("pages");
            foreach (var page in p.Pages) json.WriteNumberValue(page);
            json.WriteEndArray();
            json.WriteString("heading", p.Heading);
            json.WriteStartArray("codes");
            foreach (var code in item.Codes) json.WriteStringValue(code);
            json.WriteEndArray();
            json.WriteString("text", p.Text);
            json.WriteString("citation", Citation.Format(p));
            json.WriteString("status", item.Status);
            json.WriteString("reviewer", item.Reviewer);
            json.WriteString("decidedAt", item.DecidedAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        output.Write("\n"u8);
    }
}
