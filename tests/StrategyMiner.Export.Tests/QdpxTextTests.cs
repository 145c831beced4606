using System.IO.Compression;
using System.Text;
using StrategyMiner.Store;

namespace StrategyMiner.Export.Tests;

public sealed class QdpxTextTests
{
    private static StoredPassage P(string id, int ordinal, string text) => new(id, "doc", "f.pdf", "Dalarna", ordinal, [1], "", "text", text, null);

    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData((object)new[] { "Åre och Östersund.", "Näst: ä ö é." }).SetName("å ä ö é: one position each");
        yield return new TestCaseData((object)new[] { "Raket 🚀 här.", "Sedan 🌍🌍 två.", "Sist." }).SetName("emoji outside the BMP: one position each");
        yield return new TestCaseData((object)new[] { "Rad ett\r\nrad två\rrad tre", "Nästa\nstycke." }).SetName("CR LF and CR become LF");
        yield return new TestCaseData((object)new[] { "e\u0301 kombinerat", "”citat” – och — streck" }).SetName("combining accent and typographic marks");
    }

    [TestCaseSource(nameof(Texts))]
    public void OffsetsCutOutEachPassageFromTheSourceText(string[] passages)
    {
        var list = passages.Select((t, i) => P("p" + i, i, t)).ToList();

        var (text, spans) = QdpxExporter.BuildSourceText(list);

        Assert.That(text, Does.Not.Contain("\r"));
        for (var i = 0; i < list.Count; i++)
        {
            var (start, end) = spans["p" + i];
            var expected = passages[i].Replace("\r\n", "\n").Replace('\r', '\n');
            Assert.That(CodePoints.Slice(text, start, end), Is.EqualTo(expected));
            Assert.That(end - start, Is.EqualTo(expected.EnumerateRunes().Count()));
        }
    }

    [Test]
    public void CodePointsAreNotUtf16Units()
    {
        const string text = "a🚀b";

        Assert.That((text.Length, CodePoints.Length(text)), Is.EqualTo((4, 3)));
        Assert.That(CodePoints.Slice(text, 2, 3), Is.EqualTo("b"));
        Assert.That(CodePoints.Slice(text, 1, 2), Is.EqualTo("🚀"));
    }

    [TestCase("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d")]
    [TestCase("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "http://python.org/", "4c565f0d-3f5a-5890-b41b-20cf47701c5e")]
    public void DeterministicGuidsAreRfc4122Version5(string ns, string name, string expected) =>
        Assert.That(DeterministicGuid.Create(Guid.Parse(ns), name), Is.EqualTo(Guid.Parse(expected)));

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    private const string Guid1 = "11111111-1111-5111-8111-111111111111";

    private static IEnumerable<TestCaseData> BadProjects()
    {
        yield return new TestCaseData(Encoding.UTF8.GetBytes("not a zip"), "not a REFI-QDA project: the file is not a zip archive").SetName("not a zip");
        yield return new TestCaseData(Zip(("other.xml", "<x/>")), "not a REFI-QDA project: project.qde is missing").SetName("no project.qde");
        yield return new TestCaseData(Zip(("project.qde", "<Project xmlns=\"urn:other\" name=\"x\"/>")),
            "project.qde is not a QDA-XML project: root element is {urn:other}Project, expected {urn:QDA-XML:project:1.0}Project").SetName("wrong namespace");
        yield return new TestCaseData(Zip(("project.qde", $"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources><TextSource guid=\"{Guid1}\" plainTextPath=\"internal://a.txt\"/></Sources></Project>")),
            "source file sources/a.txt is missing from the project").SetName("missing source file");
        yield return new TestCaseData(Zip(("project.qde", $"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources><TextSource guid=\"{Guid1}\" plainTextPath=\"internal://a.txt\"><PlainTextSelection guid=\"{Guid1}\" startPosition=\"2\" endPosition=\"9\"/></TextSource></Sources></Project>"), ("sources/a.txt", "kort")),
            $"selection {Guid1} [2, 9) lies outside its source's text (4 characters)").SetName("selection past the end");
    }

    [TestCaseSource(nameof(BadProjects))]
    public void TheReaderRefusesBrokenProjectsWithAClearMessage(byte[] bytes, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => QdpxReader.Read(new MemoryStream(bytes)));
        Assert.That(ex!.Message, Is.EqualTo(message));
    }

    [Test]
    public void TheReaderAcceptsInlinePlainTextContentAndAnUpperCaseSourcesFolder()
    {
        var inline = Zip(("project.qde", $"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources><TextSource guid=\"{Guid1}\"><PlainTextContent>Hej på dig</PlainTextContent><PlainTextSelection guid=\"{Guid1}\" startPosition=\"4\" endPosition=\"6\"/></TextSource></Sources></Project>"));
        var upper = Zip(("project.qde", $"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources><TextSource guid=\"{Guid1}\" plainTextPath=\"internal://a.txt\"/></Sources></Project>"), ("Sources/a.txt", "Hej"));

        var p = QdpxReader.Read(new MemoryStream(inline));
        Assert.That(p.Sources[0].TextOf(p.Sources[0].Selections[0]), Is.EqualTo("på"));
        Assert.That(QdpxReader.Read(new MemoryStream(upper)).Sources[0].Text, Is.EqualTo("Hej"));
    }
}
