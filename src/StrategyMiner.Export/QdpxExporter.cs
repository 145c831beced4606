using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Export;

/// <summary>
/// A REFI-QDA project (.qdpx, QDA-XML project 1.0, March 2019): a zip with <c>project.qde</c> and
/// <c>sources/&lt;guid&gt;.txt</c>, which NVivo, ATLAS.ti, MAXQDA and QualCoder import.
/// <list type="bullet">
/// <item>The codebook becomes Codes under two uncodable groups (the nine questions, the three dimensions).</item>
/// <item>Each current document becomes a TextSource whose plain text is its passages in reading order, joined by a blank line ("\n\n"), stored as UTF-8 without BOM with "\n" line ends (plainTextPath="internal://&lt;guid&gt;.txt").</item>
/// <item>Each approved passage becomes a PlainTextSelection under its reviewer's User with one Coding per approved code, and one PlainTextSelection per AI coder (User "AI-kodare (local)", "AI-kodare (llm)") with that coder's suggested codes, so a QDA tool's coding comparison can measure agreement between the AI and the reviewers. Pending passages (only when included) get the AI selections only, marked EJ GRANSKAD.</item>
/// </list>
/// Positions are 0-based Unicode code point offsets into the plain text; endPosition is exclusive
/// (the selection is [startPosition, endPosition)). GUIDs are name-based (UUID v5) from the ids, so a
/// re-export gives every code, source, user, selection and coding the same GUID.
/// </summary>
public sealed class QdpxExporter(DateTimeOffset? exportedAt = null) : IEvidenceExporter
{
    /// <summary>The QDA-XML project namespace.</summary>
    public const string Namespace = "urn:QDA-XML:project:1.0";

    /// <summary>Put in the name and description of selections nobody has reviewed.</summary>
    public const string PendingMarker = "EJ GRANSKAD";

    /// <summary>The separator between passages in a source's plain text.</summary>
    public const string PassageSeparator = "\n\n";

    /// <summary>The User name of an AI coder, e.g. "AI-kodare (local)".</summary>
    public static string AiUserName(string method) => $"AI-kodare ({method})";

    /// <summary>The User that created the project.</summary>
    public const string ExportUserName = "StrategyMiner (export)";

    /// <summary>The GUID of a code in every export.</summary>
    public static Guid CodeGuid(string codeId) => DeterministicGuid.For("code:" + codeId);

    /// <summary>The GUID of a document's TextSource in every export.</summary>
    public static Guid SourceGuid(string documentId) => DeterministicGuid.For("source:" + documentId);

    /// <summary>The GUID of a reviewer's User.</summary>
    public static Guid ReviewerGuid(string reviewer) => DeterministicGuid.For("user:reviewer:" + reviewer);

    /// <summary>The GUID of an AI coder's User.</summary>
    public static Guid AiUserGuid(string method) => DeterministicGuid.For("user:ai:" + method);

    private static readonly Guid ExportUserGuid = DeterministicGuid.For("user:export");

    private sealed record Selection(Guid Guid, string Name, int Start, int End, Guid User, string? CreatedAt, string Description, IReadOnlyList<(Guid Guid, string Code)> Codings);

    /// <summary>
    /// Builds a document's plain text and where each passage sits in it (code point offsets).
    /// Passage line endings are normalised to "\n" first.
    /// </summary>
    public static (string Text, IReadOnlyDictionary<string, (int Start, int End)> Spans) BuildSourceText(IEnumerable<StoredPassage> passagesInOrder)
    {
        var sb = new StringBuilder();
        var spans = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var passage in passagesInOrder)
        {
            if (sb.Length > 0)
            {
                sb.Append(PassageSeparator);
                position += PassageSeparator.Length;
            }
            var text = CodePoints.NormalizeLineEndings(passage.Text);
            var length = CodePoints.Length(text);
            spans[passage.Id] = (position, position + length);
            sb.Append(text);
            position += length;
        }
        return (sb.ToString(), spans);
    }

    /// <inheritdoc />
    public void Export(EvidenceSet evidence, Stream output)
    {
        var created = Timestamp(exportedAt ?? DateTimeOffset.UtcNow);
        var itemsByDocument = evidence.Items.ToLookup(i => i.Passage.DocumentId, StringComparer.Ordinal);
        var passagesByDocument = evidence.Passages.ToLookup(p => p.DocumentId, StringComparer.Ordinal);

        var reviewers = evidence.Items.Where(i => !i.IsPending && i.Reviewer is not null).Select(i => i.Reviewer!)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var methods = evidence.Items.SelectMany(i => i.Suggestions).Select(s => s.Method)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var qde = new MemoryStream();
        using (var xml = XmlWriter.Create(qde, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Project", Namespace);
            xml.WriteAttributeString("name", "StrategyMiner – belägg ur de regionala utvecklingsstrategierna");
            xml.WriteAttributeString("origin", "StrategyMiner");
            xml.WriteAttributeString("creatingUserGUID", Format(ExportUserGuid));
            xml.WriteAttributeString("creationDateTime", created);

            xml.WriteStartElement("Users", Namespace);
            WriteUser(xml, ExportUserGuid, ExportUserName);
            foreach (var reviewer in reviewers) WriteUser(xml, ReviewerGuid(reviewer), reviewer);
            foreach (var method in methods) WriteUser(xml, AiUserGuid(method), AiUserName(method));
            xml.WriteEndElement();

            WriteCodeBook(xml, evidence.Codebook);

            if (evidence.Documents.Count > 0)
            {
                xml.WriteStartElement("Sources", Namespace);
                foreach (var document in evidence.Documents)
                {
                    var guid = SourceGuid(document.Id);
                    var (text, spans) = BuildSourceText(passagesByDocument[document.Id].OrderBy(p => p.Ordinal));
                    var path = $"{Format(guid)}.txt";
                    var entry = zip.CreateEntry("sources/" + path, CompressionLevel.Optimal);
                    entry.LastWriteTime = exportedAt ?? DateTimeOffset.Now;
                    using (var stream = entry.Open())
                        stream.Write(new UTF8Encoding(false).GetBytes(text));

                    xml.WriteStartElement("TextSource", Namespace);
                    xml.WriteAttributeString("guid", Format(guid));
                    xml.WriteAttributeString("name", Markup.XmlSafe(SourceName(document)));
                    xml.WriteAttributeString("plainTextPath", "internal://" + path);
                    xml.WriteAttributeString("creatingUser", Format(ExportUserGuid));
                    xml.WriteAttributeString("creationDateTime", Timestamp(document.CompletedAt) ?? created);
                    xml.WriteElementString("Description", Namespace, Markup.XmlSafe($"Fil: {document.FileName}; dokument-id: {document.Id}; {document.PageCount} sidor."));
                    var selections = itemsByDocument[document.Id]
                        .Where(i => spans.ContainsKey(i.Passage.Id))
                        .SelectMany(i => Selections(i, spans[i.Passage.Id]))
                        .OrderBy(s => s.Start).ThenBy(s => s.Name, StringComparer.Ordinal);
                    foreach (var selection in selections) WriteSelection(xml, selection);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        var project = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        project.LastWriteTime = exportedAt ?? DateTimeOffset.Now;
        using (var stream = project.Open())
            stream.Write(qde.ToArray());
    }

    private static IEnumerable<Selection> Selections(EvidenceItem item, (int Start, int End) span)
    {
        var p = item.Passage;
        var citation = Citation.Format(p);
        if (!item.IsPending && item.Reviewer is not null)
        {
            var description = item.Comment is null ? $"{citation}. Godkänd av {item.Reviewer}." : $"{citation}. Godkänd av {item.Reviewer}: {item.Comment}";
            yield return new Selection(
                DeterministicGuid.For($"selection:{p.Id}:reviewer"), $"{string.Join(", ", item.Codes)} · s. {Citation.Pages(p.Pages)}",
                span.Start, span.End, ReviewerGuid(item.Reviewer), item.DecidedAt, description,
                item.Codes.Select(c => (DeterministicGuid.For($"coding:{p.Id}:reviewer:{c}"), c)).ToList());
        }
        foreach (var byMethod in item.Suggestions.GroupBy(s => s.Method, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var method = byMethod.Key;
            var codes = byMethod.Select(s => s.Code).Distinct(StringComparer.Ordinal).ToList();
            var confidences = string.Join(", ", byMethod.Select(s => $"{s.Code} {Math.Round(s.Confidence * 100).ToString("0", CultureInfo.InvariantCulture)} %"));
            var pending = item.IsPending ? $"{PendingMarker}: " : "";
            yield return new Selection(
                DeterministicGuid.For($"selection:{p.Id}:ai:{method}"), $"{pending}{method}: {string.Join(", ", codes)} · s. {Citation.Pages(p.Pages)}",
                span.Start, span.End, AiUserGuid(method), byMethod.Max(s => s.CodedAt),
                $"{pending}{citation}. Föreslaget av {method} {byMethod.First().ModelVersion}: {confidences}.",
                codes.Select(c => (DeterministicGuid.For($"coding:{p.Id}:ai:{method}:{c}"), c)).ToList());
        }
    }

    private static void WriteSelection(XmlWriter xml, Selection s)
    {
        xml.WriteStartElement("PlainTextSelection", Namespace);
        xml.WriteAttributeString("guid", Format(s.Guid));
        xml.WriteAttributeString("name", Markup.XmlSafe(s.Name));
        xml.WriteAttributeString("startPosition", s.Start.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("endPosition", s.End.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("creatingUser", Format(s.User));
        if (Timestamp(s.CreatedAt) is { } at) xml.WriteAttributeString("creationDateTime", at);
        xml.WriteElementString("Description", Namespace, Markup.XmlSafe(s.Description));
        foreach (var (guid, code) in s.Codings)
        {
            xml.WriteStartElement("Coding", Namespace);
            xml.WriteAttributeString("guid", Format(guid));
            xml.WriteAttributeString("creatingUser", Format(s.User));
            if (Timestamp(s.CreatedAt) is { } codedAt) xml.WriteAttributeString("creationDateTime", codedAt);
            xml.WriteStartElement("CodeRef", Namespace);
            xml.WriteAttributeString("targetGUID", Format(CodeGuid(code)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteUser(XmlWriter xml, Guid guid, string name)
    {
        xml.WriteStartElement("User", Namespace);
        xml.WriteAttributeString("guid", Format(guid));
        xml.WriteAttributeString("name", Markup.XmlSafe(name));
        xml.WriteEndElement();
    }

    private static void WriteCodeBook(XmlWriter xml, CodebookDefinition codebook)
    {
        xml.WriteStartElement("CodeBook", Namespace);
        xml.WriteStartElement("Codes", Namespace);
        foreach (var (kind, id, name, description) in new[]
                 {
                     (CodeKind.Theme, "themes", "Frågorna T1–T9", "De nio frågorna i sammanställningen av arbetet med de regionala utvecklingsstrategierna."),
                     (CodeKind.Dimension, "dimensions", "Hållbarhetens dimensioner", "Ekonomisk, social och miljömässig hållbarhet."),
                 })
        {
            xml.WriteStartElement("Code", Namespace);
            xml.WriteAttributeString("guid", Format(DeterministicGuid.For("codegroup:" + id)));
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("isCodable", "false");
            xml.WriteElementString("Description", Namespace, description);
            var index = 0;
            foreach (var code in codebook.Codes.Where(c => c.Kind == kind))
            {
                xml.WriteStartElement("Code", Namespace);
                xml.WriteAttributeString("guid", Format(CodeGuid(code.Id)));
                xml.WriteAttributeString("name", Markup.XmlSafe($"{code.Id} {code.Name}"));
                xml.WriteAttributeString("isCodable", "true");
                xml.WriteAttributeString("color", Palette[(index++ + (kind == CodeKind.Dimension ? 9 : 0)) % Palette.Length]);
                xml.WriteElementString("Description", Namespace, Markup.XmlSafe(
                    code.Kind == CodeKind.Theme ? $"{code.Question}. {code.Definition}" : $"{code.Question} {code.Definition}"));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static readonly string[] Palette =
        ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF", "#AEC7E8", "#98DF8A"];

    private static string SourceName(StoredDocument d)
    {
        var title = d.Title ?? d.FileName;
        var year = d.Year is { } y ? $" ({y.ToString(CultureInfo.InvariantCulture)})" : "";
        return d.Region is null ? title + year : $"{d.Region} – {title}{year}";
    }

    private static string Format(Guid guid) => guid.ToString("D");

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Store times are ISO 8601 UTC; anything else is left out rather than written as an invalid xsd:dateTime.
    private static string? Timestamp(string? stored) =>
        stored is not null && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? Timestamp(at) : null;
}
