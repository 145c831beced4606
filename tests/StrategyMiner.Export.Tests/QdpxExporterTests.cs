using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using StrategyMiner.Codebook;

namespace StrategyMiner.Export.Tests;

public sealed class QdpxExporterTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";
    private static readonly Regex GuidFormat = new("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    private EvidenceFixture _f = null!;
    private byte[] _qdpx = null!;
    private byte[] _withPending = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        _f = EvidenceFixture.Create();
        _qdpx = ExportRun.Bytes(new QdpxExporter(ExportRun.At), EvidenceSet.Load(_f.Store, new EvidenceFilter()));
        _withPending = ExportRun.Bytes(new QdpxExporter(ExportRun.At), EvidenceSet.Load(_f.Store, new EvidenceFilter { IncludePending = true }));
    }

    [OneTimeTearDown] public void TearDown() => _f.Dispose();

    private static ZipArchive Zip(byte[] bytes) => new(new MemoryStream(bytes), ZipArchiveMode.Read);

    private static XDocument Qde(byte[] bytes)
    {
        using var zip = Zip(bytes);
        using var stream = zip.GetEntry("project.qde")!.Open();
        return XDocument.Load(stream);
    }

    private static QdpxProject Read(byte[] bytes) => QdpxReader.Read(new MemoryStream(bytes));

    [Test]
    public void TheArchiveHoldsProjectQdeAndOnePlainTextFilePerCurrentDocument()
    {
        using var zip = Zip(_qdpx);
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.That(names, Does.Contain("project.qde"));
        var documents = _f.Store.GetDocuments().Where(d => d.Status == "complete").ToList();
        Assert.That(names.Where(n => n.StartsWith("sources/", StringComparison.Ordinal)),
            Is.EquivalentTo(documents.Select(d => $"sources/{QdpxExporter.SourceGuid(d.Id):D}.txt")));
        Assert.That(names.Count, Is.EqualTo(documents.Count + 1));
    }

    [Test]
    public void ProjectQdeValidatesAgainstTheStandardsElementOrderAndTypes()
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = Assembly.GetExecutingAssembly().GetManifestResourceStream("refi-qda-project-subset.xsd")!)
            schemas.Add(XmlSchema.Read(xsd, null)!);
        var errors = new List<string>();

        Qde(_withPending).Validate(schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ProjectHasTheQdaXmlNamespaceAndItsAttributes()
    {
        var root = Qde(_qdpx).Root!;

        Assert.That(root.Name, Is.EqualTo(Ns + "Project"));
        Assert.That(root.Attribute("name")!.Value, Is.Not.Empty);
        Assert.That(root.Attribute("origin")!.Value, Is.EqualTo("StrategyMiner"));
        Assert.That(root.Attribute("creationDateTime")!.Value, Is.EqualTo("2026-11-23T10:15:00Z"));
        var creator = root.Attribute("creatingUserGUID")!.Value;
        Assert.That(root.Element(Ns + "Users")!.Elements(Ns + "User").Select(u => u.Attribute("guid")!.Value), Does.Contain(creator));
        Assert.That(root.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "Users", "CodeBook", "Sources" }));
    }

    [Test]
    public void EveryGuidIsAVersion5GuidAndUnique()
    {
        var guids = Qde(_withPending).Descendants().Attributes("guid").Select(a => a.Value).ToList();

        Assert.That(guids, Is.Not.Empty);
        Assert.That(guids, Has.All.Matches(GuidFormat));
        Assert.That(guids, Is.Unique);
    }

    [Test]
    public void ReExportingGivesTheSameGuids()
    {
        var again = ExportRun.Bytes(new QdpxExporter(ExportRun.At.AddDays(3)), EvidenceSet.Load(_f.Store, new EvidenceFilter { IncludePending = true }));

        static string[] Guids(XDocument d) => d.Descendants().Attributes().Where(a => a.Name.LocalName is "guid" or "targetGUID" or "creatingUser").Select(a => a.Value).ToArray();
        Assert.That(Guids(Qde(again)), Is.EqualTo(Guids(Qde(_withPending))));
    }

    [Test]
    public void TheCodebookBecomesCodesUnderTwoGroups()
    {
        var project = Read(_qdpx);
        var codebook = CodebookDefinition.Default;

        var codable = project.Codes.Where(c => c.IsCodable).ToList();
        Assert.That(codable.Select(c => c.Name), Is.EqualTo(codebook.Codes.Select(c => $"{c.Id} {c.Name}")));
        Assert.That(codable.Select(c => c.Guid), Is.EqualTo(codebook.Codes.Select(c => QdpxExporter.CodeGuid(c.Id))));
        Assert.That(codable[0].Description, Does.StartWith(codebook["T1"].Question));
        var groups = project.Codes.Where(c => !c.IsCodable).ToList();
        Assert.That(groups, Has.Count.EqualTo(2));
        Assert.That(codable.Take(9).Select(c => c.Parent), Is.All.EqualTo(groups[0].Guid));
        Assert.That(codable.Skip(9).Select(c => c.Parent), Is.All.EqualTo(groups[1].Guid));
    }

    [Test]
    public void EachSourceIsItsPassagesInOrderAsUtf8WithoutBomAndWithNewlinesOnly()
    {
        using var zip = Zip(_qdpx);
        var project = Read(_qdpx);
        foreach (var document in _f.Store.GetDocuments().Where(d => d.Status == "complete"))
        {
            var bytes = new MemoryStream();
            using (var s = zip.GetEntry($"sources/{QdpxExporter.SourceGuid(document.Id):D}.txt")!.Open()) s.CopyTo(bytes);
            var raw = bytes.ToArray();
            Assert.That(raw.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM: it would shift every offset by one");
            var text = new UTF8Encoding(false, true).GetString(raw);
            Assert.That(text, Does.Not.Contain("\r"));
            var expected = string.Join("\n\n", _f.Store.GetPassages(document.Id).Select(p => p.Text));
            Assert.That(text, Is.EqualTo(expected));
            Assert.That(project.Sources.Single(s => s.Guid == QdpxExporter.SourceGuid(document.Id)).Text, Is.EqualTo(expected));
        }
    }

    [Test]
    public void SelectionOffsetsLandExactlyOnThePassageTextCountingCodePoints()
    {
        var project = Read(_withPending);
        var checkedAny = false;
        foreach (var source in project.Sources)
        {
            foreach (var selection in source.Selections)
            {
                var passageId = _f.Store.GetPassages().Single(p => QdpxExporter.SourceGuid(p.DocumentId) == source.Guid && source.TextOf(selection) == p.Text).Id;
                Assert.That(passageId, Is.Not.Null);
                checkedAny = true;
            }
        }
        Assert.That(checkedAny);

        // Östergötland: O0 holds 🚀 (two UTF-16 units, one code point), so O1 starts one position earlier
        // in code points than in UTF-16 units, and O2 (with 🌍) too.
        var ost = project.Sources.Single(s => s.Guid == QdpxExporter.SourceGuid("ost"));
        var o0 = EvidenceFixture.Texts["O0"];
        var o1Start = o0.EnumerateRunes().Count() + 2;
        Assert.That(o1Start, Is.EqualTo(o0.Length + 1), "the emoji is one position, not two");
        var o1Selections = ost.Selections.Where(s => s.StartPosition == o1Start).ToList();
        Assert.That(o1Selections, Is.Not.Empty);
        Assert.That(o1Selections.Select(s => ost.TextOf(s)), Is.All.EqualTo(EvidenceFixture.Texts["O1"]));
        Assert.That(o1Selections.Select(s => s.EndPosition - s.StartPosition), Is.All.EqualTo(EvidenceFixture.Texts["O1"].Length));
        var o2Selection = ost.Selections.First(s => ost.TextOf(s) == EvidenceFixture.Texts["O2"]);
        Assert.That(o2Selection.EndPosition - o2Selection.StartPosition, Is.EqualTo(EvidenceFixture.Texts["O2"].Length - 1), "🌍 counts once");
    }

    [Test]
    public void ApprovedCodingsAreTheReviewersAndTheAiSuggestionsAreTheAiCodersOwnUsers()
    {
        var project = Read(_qdpx);
        var users = project.Users.ToDictionary(u => u.Guid, u => u.Name ?? "");
        Assert.That(users.Values, Is.EquivalentTo(new[] { "StrategyMiner (export)", EvidenceFixture.Anna, EvidenceFixture.Bo, "AI-kodare (llm)", "AI-kodare (local)" }));
        var codeIds = CodebookDefinition.Default.Codes.ToDictionary(c => QdpxExporter.CodeGuid(c.Id), c => c.Id);

        // Per passage and user: the codes that user coded on the passage's text.
        var coded = project.Sources
            .SelectMany(s => s.Selections.Select(sel => (Text: s.TextOf(sel), User: users[sel.CreatingUser!.Value], Codes: sel.Codings.Select(c => codeIds[c.CodeGuid]).ToArray(), Sel: sel)))
            .ToList();
        foreach (var c in coded)
            Assert.That(c.Sel.Codings.Select(x => x.CreatingUser), Is.All.EqualTo(c.Sel.CreatingUser), "a coding belongs to its selection's user");

        foreach (var (id, codes) in _f.ApprovedFromStore())
        {
            var passage = _f.Store.FindPassage(id)!;
            var review = _f.Store.GetReview(id);
            var byUser = coded.Where(c => c.Text == passage.Text).ToDictionary(c => c.User, c => c.Codes);
            Assert.That(byUser[review.Reviewer!], Is.EqualTo(codes), $"reviewer's codes on {_f.Name(id)}");
            foreach (var method in _f.Store.GetCodings(id).Select(c => c.Method).Distinct())
            {
                Assert.That(byUser[$"AI-kodare ({method})"],
                    Is.EquivalentTo(_f.Store.GetCodings(id).Where(c => c.Method == method).Select(c => c.Code)), $"{method} on {_f.Name(id)}");
            }
            Assert.That(byUser.Keys.Count(k => !k.StartsWith("AI-kodare", StringComparison.Ordinal)), Is.EqualTo(1));
        }
        // D1: the AI said T3 (local) and T2 (llm); the reviewer said T2 + SOC. That is the disagreement a coding comparison should see.
        var d1 = coded.Where(c => c.Text == EvidenceFixture.Texts["D1"]).ToDictionary(c => c.User, c => c.Codes);
        Assert.That(d1[EvidenceFixture.Bo], Is.EqualTo(new[] { "T2", "SOC" }));
        Assert.That(d1["AI-kodare (local)"], Is.EqualTo(new[] { "T3" }));
        Assert.That(d1["AI-kodare (llm)"], Is.EqualTo(new[] { "T2" }));
    }

    [Test]
    public void RejectedNeverAndPendingOnlyWithIncludePendingUnderTheAiUserMarked()
    {
        var without = Read(_qdpx);
        var with = Read(_withPending);

        static List<(string Text, QdpxSelection Sel)> All(QdpxProject p) => p.Sources.SelectMany(s => s.Selections.Select(sel => (s.TextOf(sel), sel))).ToList();
        Assert.That(All(without).Select(x => x.Text), Has.None.EqualTo(EvidenceFixture.Texts["D2"]).And.None.EqualTo(EvidenceFixture.Texts["D3"]).And.None.EqualTo(EvidenceFixture.Texts["G0"]));
        Assert.That(All(with).Select(x => x.Text), Has.None.EqualTo(EvidenceFixture.Texts["D2"]), "rejected never");
        var pending = All(with).Where(x => x.Text == EvidenceFixture.Texts["D3"] || x.Text == EvidenceFixture.Texts["G0"]).ToList();
        Assert.That(pending, Has.Count.EqualTo(2));
        Assert.That(pending.Select(x => x.Sel.CreatingUser), Is.All.EqualTo(QdpxExporter.AiUserGuid("local")));
        Assert.That(pending.Select(x => x.Sel.Name), Has.All.StartsWith("EJ GRANSKAD"));
        Assert.That(pending.Select(x => x.Sel.Description), Has.All.StartsWith("EJ GRANSKAD"));
        Assert.That(pending.Single(x => x.Text == EvidenceFixture.Texts["G0"]).Sel.Codings.Select(c => c.CodeGuid), Is.EqualTo(new[] { QdpxExporter.CodeGuid("T1") }));
        Assert.That(All(without).Select(x => x.Sel.Name), Has.None.Contains("EJ GRANSKAD"));
    }

    [Test]
    public void RoundTripGivesBackTheSameSourcesCodesAndSelections()
    {
        var evidence = EvidenceSet.Load(_f.Store, new EvidenceFilter { IncludePending = true });
        var project = Read(_withPending);

        Assert.That(project.Sources.Select(s => s.Guid), Is.EquivalentTo(evidence.Documents.Select(d => QdpxExporter.SourceGuid(d.Id))));
        Assert.That(project.Codes.Where(c => c.IsCodable).Select(c => c.Guid), Is.EqualTo(evidence.Codebook.Codes.Select(c => QdpxExporter.CodeGuid(c.Id))));
        var expectedSelections = evidence.Items.Sum(i => (i.IsPending ? 0 : 1) + i.Suggestions.Select(s => s.Method).Distinct().Count());
        Assert.That(project.Sources.Sum(s => s.Selections.Count), Is.EqualTo(expectedSelections));
        foreach (var item in evidence.Items)
        {
            var source = project.Sources.Single(s => s.Guid == QdpxExporter.SourceGuid(item.Passage.DocumentId));
            var selections = source.Selections.Where(s => source.TextOf(s) == item.Passage.Text).ToList();
            Assert.That(selections, Has.Count.EqualTo((item.IsPending ? 0 : 1) + item.Suggestions.Select(s => s.Method).Distinct().Count()), _f.Name(item.Passage.Id));
        }
    }

    [Test]
    public void AnEmptyStoreStillGivesAValidProjectWithTheCodebook()
    {
        using var empty = EvidenceFixture.Empty();
        var project = Read(ExportRun.Bytes(new QdpxExporter(ExportRun.At), EvidenceSet.Load(empty.Store, new EvidenceFilter())));

        Assert.That(project.Sources, Is.Empty);
        Assert.That(project.Codes.Count(c => c.IsCodable), Is.EqualTo(12));
    }
}
