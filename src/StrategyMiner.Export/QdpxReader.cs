using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StrategyMiner.Export;

/// <summary>
/// Reads a REFI-QDA project (.qdpx): users, the code tree, and the text sources with their plain
/// text and coded selections. Covers what <see cref="QdpxExporter"/> writes and what other tools
/// commonly write for text (PlainTextContent or internal:// files, "sources/" in either case).
/// </summary>
public static class QdpxReader
{
    private static readonly XNamespace Ns = QdpxExporter.Namespace;

    /// <summary>Reads a .qdpx file.</summary>
    /// <exception cref="InvalidDataException">Not a zip, no project.qde, not QDA-XML, a missing source file, or a selection outside its text.</exception>
    public static QdpxProject Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads a .qdpx from a stream.</summary>
    /// <exception cref="InvalidDataException">Not a zip, no project.qde, not QDA-XML, a missing source file, or a selection outside its text.</exception>
    public static QdpxProject Read(Stream qdpx)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(qdpx, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException("not a REFI-QDA project: the file is not a zip archive", ex);
        }
        using (zip)
        {
            var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, "project.qde", StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidDataException("not a REFI-QDA project: project.qde is missing");
            XDocument document;
            using (var stream = entry.Open())
            {
                try
                {
                    document = XDocument.Load(stream);
                }
                catch (XmlException ex)
                {
                    throw new InvalidDataException($"project.qde is not well-formed XML: {ex.Message}", ex);
                }
            }
            var root = document.Root!;
            if (root.Name != Ns + "Project")
                throw new InvalidDataException($"project.qde is not a QDA-XML project: root element is {root.Name}, expected {{{QdpxExporter.Namespace}}}Project");

            var users = root.Element(Ns + "Users")?.Elements(Ns + "User")
                .Select(u => new QdpxUser(RequiredGuid(u), (string?)u.Attribute("name"))).ToList() ?? [];
            var codes = new List<QdpxCode>();
            foreach (var code in root.Element(Ns + "CodeBook")?.Element(Ns + "Codes")?.Elements(Ns + "Code") ?? [])
                ReadCode(code, null, codes);
            var sources = root.Element(Ns + "Sources")?.Elements(Ns + "TextSource").Select(s => ReadSource(s, zip)).ToList() ?? [];
            return new QdpxProject(
                (string?)root.Attribute("name") ?? "", (string?)root.Attribute("origin"), OptionalGuid(root, "creatingUserGUID"),
                (string?)root.Attribute("creationDateTime"), users, codes, sources);
        }
    }

    private static void ReadCode(XElement element, Guid? parent, List<QdpxCode> codes)
    {
        var guid = RequiredGuid(element);
        codes.Add(new QdpxCode(guid, (string?)element.Attribute("name") ?? "", (bool?)element.Attribute("isCodable") ?? false,
            (string?)element.Element(Ns + "Description"), parent));
        foreach (var child in element.Elements(Ns + "Code")) ReadCode(child, guid, codes);
    }

    private static QdpxSource ReadSource(XElement element, ZipArchive zip)
    {
        var path = (string?)element.Attribute("plainTextPath");
        var text = (string?)element.Element(Ns + "PlainTextContent") ?? ReadInternalFile(zip, path);
        var length = CodePoints.Length(text);
        var selections = element.Elements(Ns + "PlainTextSelection").Select(s =>
        {
            var start = RequiredInt(s, "startPosition");
            var end = RequiredInt(s, "endPosition");
            if (start < 0 || end < start || end > length)
                throw new InvalidDataException($"selection {(string?)s.Attribute("guid")} [{start}, {end}) lies outside its source's text ({length} characters)");
            var codings = s.Elements(Ns + "Coding").Select(c => new QdpxCoding(RequiredGuid(c),
                Guid.Parse((string?)c.Element(Ns + "CodeRef")?.Attribute("targetGUID") ?? throw new InvalidDataException("a Coding has no CodeRef")),
                OptionalGuid(c, "creatingUser"))).ToList();
            return new QdpxSelection(RequiredGuid(s), (string?)s.Attribute("name"), start, end, OptionalGuid(s, "creatingUser"),
                (string?)s.Attribute("creationDateTime"), (string?)s.Element(Ns + "Description"), codings);
        }).ToList();
        return new QdpxSource(RequiredGuid(element), (string?)element.Attribute("name"), path, text, selections);
    }

    private static string ReadInternalFile(ZipArchive zip, string? path)
    {
        const string scheme = "internal://";
        if (path is null || !path.StartsWith(scheme, StringComparison.Ordinal))
            throw new InvalidDataException($"text source path '{path}' is not an internal:// file of the project");
        var name = path[scheme.Length..];
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, "sources/" + name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"source file sources/{name} is missing from the project");
        using var stream = entry.Open();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static Guid RequiredGuid(XElement element) =>
        Guid.TryParse((string?)element.Attribute("guid"), out var guid) ? guid : throw new InvalidDataException($"{element.Name.LocalName} has no valid guid");

    private static Guid? OptionalGuid(XElement element, string attribute) =>
        Guid.TryParse((string?)element.Attribute(attribute), out var guid) ? guid : null;

    private static int RequiredInt(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new InvalidDataException($"{element.Name.LocalName} has no valid {attribute}");
}
