using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

public sealed class LabelFileTests
{
    private static IReadOnlyList<LabeledPassage> Read(string content) => LabelFile.Read(new StringReader(content), "labels.jsonl");

    [Test]
    public void ReadsPassagesWithSwedishTextAndCodesInCodebookOrder()
    {
        var passages = Read(
            """
            {"id": "a", "text": "Regionens ”handlingsplan” för kompetensförsörjning – 2024–2027.", "themes": ["T5", "T1"], "dims": ["SOC", "EKO"]}

            {"id": "b", "text": "Foto: Åsa Öberg", "themes": [], "dims": []}
            """);
        Assert.That(passages, Has.Count.EqualTo(2));
        Assert.That(passages[0].Text, Is.EqualTo("Regionens ”handlingsplan” för kompetensförsörjning – 2024–2027."));
        Assert.That(passages[0].Themes, Is.EqualTo(new[] { "T1", "T5" }));
        Assert.That(passages[0].Dims, Is.EqualTo(new[] { "EKO", "SOC" }));
        Assert.That(passages[1].Codes, Is.Empty);
    }

    private static IEnumerable<TestCaseData> BadFiles()
    {
        const string ok = """{"id": "ok", "text": "En text.", "themes": [], "dims": []}""";
        yield return new TestCaseData(ok + "\n{\"id\": \"x\", \"text\": \"En text.\", \"themes\": [\"T1\"]", "labels.jsonl:2: not valid JSON").SetName("truncated JSON");
        yield return new TestCaseData(ok + "\n" + """{"text": "En text.", "themes": [], "dims": []}""", "labels.jsonl:2: missing \"id\"").SetName("missing id");
        yield return new TestCaseData("""{"id": "a", "text": "", "themes": [], "dims": []}""", "labels.jsonl:1: \"text\" must be a non-empty string").SetName("empty text");
        yield return new TestCaseData("""{"id": "a", "text": "En text.", "themes": ["T10"], "dims": []}""", "labels.jsonl:1: unknown code \"T10\" in \"themes\"").SetName("unknown theme");
        yield return new TestCaseData("""{"id": "a", "text": "En text.", "themes": ["EKO"], "dims": []}""", "labels.jsonl:1: unknown code \"EKO\" in \"themes\"").SetName("dimension among themes");
        yield return new TestCaseData("""{"id": "a", "text": "En text.", "themes": []}""", "labels.jsonl:1: missing \"dims\" (use [] for none)").SetName("missing dims");
        yield return new TestCaseData(ok + "\n" + ok, "labels.jsonl:2: id \"ok\" was already used on line 1").SetName("repeated id");
        yield return new TestCaseData("\n\n", "labels.jsonl: no labelled passages").SetName("empty file");
        yield return new TestCaseData("[1, 2]", "labels.jsonl:1: expected a JSON object").SetName("array line");
    }

    [TestCaseSource(nameof(BadFiles))]
    public void BadLineGivesErrorNamingTheLine(string content, string expectedStart)
    {
        var ex = Assert.Throws<LabelFileException>(() => Read(content));
        Assert.That(ex!.Message, Does.StartWith(expectedStart));
    }

    [Test]
    public void MissingFileIsNamed()
    {
        var path = Path.Combine(Path.GetTempPath(), "finns-inte-" + Guid.NewGuid() + ".jsonl");
        var ex = Assert.Throws<LabelFileException>(() => LabelFile.Read(path));
        Assert.That(ex!.Message, Is.EqualTo($"labels file {path} does not exist"));
    }

    [Test]
    public void WrittenPassagesReadBackUnchanged()
    {
        var original = new[] { new LabeledPassage("å-1", "Länets ”gröna tråden” – miljö och klimat.", ["T4"], ["MIL"]) };
        var writer = new StringWriter();
        LabelFile.Write(writer, original);
        Assert.That(writer.ToString(), Does.Contain("”gröna tråden”"));
        var back = Read(writer.ToString());
        Assert.That(back[0].Text, Is.EqualTo(original[0].Text));
        Assert.That(back[0].Themes, Is.EqualTo(original[0].Themes));
    }
}
