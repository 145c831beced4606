using System.Diagnostics;
using System.Text.Json;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Tests;

public class RunCommandTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("sm-cli-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string Input(string name) => Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;

    private static List<JsonElement> PassageLines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Test]
    public void Run_reads_digital_and_scanned_pages_codes_the_passages_and_prints_a_summary()
    {
        var input = Input("pdf");
        Fixtures.Digital(input, "region-dalarna-rus.pdf", "Dalarna");
        Fixtures.MostlyScanned(input, "region-gotland-rus.pdf", "Gotland", scannedPages: 1);

        var run = CliRunner.Run(_folder, "run", input);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr + run.Stdout);
        Assert.That(run.Stdout, Does.Contain("Klart").And.Contain("Passager").And.Contain("Dalarna").And.Contain("Gotland"));

        var passages = CliRunner.Run(_folder, "passages", "--format", "jsonl");
        Assert.That(passages.ExitCode, Is.Zero, passages.Stderr);
        var lines = PassageLines(passages.Stdout);
        Assert.That(lines, Has.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var property in new[] { "id", "document", "region", "pages", "heading", "source", "text" })
                Assert.That(lines.All(l => l.TryGetProperty(property, out _)), Is.True, $"every line has '{property}'");
            Assert.That(lines.Select(l => l.GetProperty("region").GetString()).Distinct(), Is.EquivalentTo(new[] { "Dalarna", "Gotland" }));
            Assert.That(lines.Any(l => l.GetProperty("source").GetString() == "ocr" && l.GetProperty("document").GetString() == "region-gotland-rus.pdf"
                                       && l.GetProperty("pages").EnumerateArray().Single().GetInt32() == 2), Is.True, "the scanned page 2 is read by OCR");
            Assert.That(lines.Any(l => l.GetProperty("text").GetString()!.Contains("handlingsplaner", StringComparison.Ordinal)), Is.True);
            Assert.That(lines.Select(l => l.GetProperty("id").GetString()), Is.Unique);
        });

        using var store = EvidenceStore.Open(Path.Combine(_folder, "strategyminer.db"));
        var status = store.GetStatus();
        Assert.That(status.CodedPassages, Is.EqualTo(status.Passages), "every passage went through the coder");
        Assert.That(status.PassagesWithSuggestions, Is.GreaterThan(0));
    }

    [Test]
    public void Ingesting_the_same_folder_twice_gives_the_same_passages_and_does_no_work()
    {
        var input = Input("pdf");
        Fixtures.Digital(input, "region-skane-rus.pdf", "Skåne", chapters: 3);
        var first = CliRunner.Run(_folder, "ingest", input);
        Assert.That(first.ExitCode, Is.Zero, first.Stderr);
        var before = CliRunner.Run(_folder, "passages").Stdout;

        var second = CliRunner.Run(_folder, "ingest", input);
        Assert.That(second.ExitCode, Is.Zero, second.Stderr);
        Assert.That(second.Stdout, Does.Contain("1 file(s) unchanged"));
        Assert.That(CliRunner.Run(_folder, "passages").Stdout, Is.EqualTo(before));
    }

    private static IEnumerable<TestCaseData> BadFiles()
    {
        yield return new TestCaseData((Func<string, string, string>)((folder, _) => Path.Combine(folder, "finns-inte.pdf")), "file not found").SetName("missing file");
        yield return new TestCaseData((Func<string, string, string>)((folder, _) => Fixtures.NotAPdf(folder)), "not a PDF").SetName("not a PDF");
        yield return new TestCaseData((Func<string, string, string>)((folder, _) => Fixtures.Empty(folder)), "empty file (0 bytes)").SetName("zero bytes");
        yield return new TestCaseData((Func<string, string, string>)((folder, good) => Fixtures.Truncated(folder, good)), "corrupt").SetName("corrupt PDF");
        yield return new TestCaseData((Func<string, string, string>)((folder, good) => Fixtures.Encrypted(folder, good)), "encrypted").SetName("encrypted PDF");
        yield return new TestCaseData((Func<string, string, string>)((folder, _) => Fixtures.NothingToRead(folder)), "no text and no images").SetName("no text and no images");
        yield return new TestCaseData((Func<string, string, string>)((folder, _) => Fixtures.ThousandsOfPages(folder)), "3,000 pages, more than the limit of 1,000").SetName("thousands of pages");
    }

    [TestCaseSource(nameof(BadFiles))]
    public void A_bad_file_gets_a_one_line_error_and_neither_the_batch_nor_the_store_suffers(Func<string, string, string> makeBad, string reason)
    {
        var earlier = Input("earlier");
        Fixtures.Digital(earlier, "region-kalmar-rus.pdf", "Kalmar", chapters: 2);
        Assert.That(CliRunner.Run(_folder, "ingest", earlier).ExitCode, Is.Zero);
        var storedBefore = CliRunner.Run(_folder, "passages").Stdout;

        var batch = Input("batch");
        var good = Fixtures.Digital(batch, "region-uppsala-rus.pdf", "Uppsala", chapters: 2);
        var bad = makeBad(batch, good);

        var result = CliRunner.Run(_folder, "ingest", good, bad);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(errors, Has.Length.EqualTo(1), result.Stderr);
            Assert.That(errors[0], Does.StartWith($"error: {bad}: ").And.Contain(reason));
            Assert.That(result.Stderr + result.Stdout, Does.Not.Contain("   at "), "no stack trace");
            var lines = PassageLines(CliRunner.Run(_folder, "passages").Stdout);
            Assert.That(lines.Select(l => l.GetProperty("region").GetString()).Distinct(), Is.EquivalentTo(new[] { "Kalmar", "Uppsala" }), "the good file went in");
            var kalmar = CliRunner.Run(_folder, "passages", "--document", "region-kalmar-rus.pdf").Stdout;
            Assert.That(storedBefore, Is.EqualTo(kalmar), "what was stored before is untouched");
        });
        var status = CliRunner.Run(_folder, "status");
        Assert.That(status.Stdout, Does.Contain(reason), "status lists the failure");
    }

    [Test]
    public void A_store_in_a_missing_folder_is_a_usage_error_with_one_line()
    {
        var result = CliRunner.Run(_folder, "status", "--db", Path.Combine(_folder, "nope", "x.db"));
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Trim(), Does.StartWith("error: no store at").Or.StartWith("error: cannot open store"));
    }

    [Test]
    public void A_killed_run_resumes_and_ends_exactly_like_an_uninterrupted_run()
    {
        var input = Input("pdf");
        Fixtures.Digital(input, "region-halland-rus.pdf", "Halland", chapters: 4);
        Fixtures.MostlyScanned(input, "region-blekinge-rus.pdf", "Blekinge", scannedPages: 5);

        // Uninterrupted reference run.
        var reference = Path.Combine(_folder, "reference.db");
        Assert.That(CliRunner.Run(_folder, "run", input, "--db", reference).ExitCode, Is.Zero);

        // A run killed (SIGKILL) once OCR has committed some pages but not all.
        var killed = Path.Combine(_folder, "killed.db");
        using (var process = Process.Start(CliRunner.StartInfo(_folder, "run", input, "--db", killed))!)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited && CountOcrPages(killed) < 1) Thread.Sleep(100);
            Assert.That(process.HasExited, Is.False, "the run finished before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var ocrAtKill = CountOcrPages(killed);
        Assert.That(ocrAtKill, Is.InRange(1, 4), "killed mid-way through the scanned pages");

        var resumed = CliRunner.Run(_folder, "run", input, "--db", killed);
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Stderr);
        Assert.That(resumed.Stdout, Does.Contain($"{5 - ocrAtKill} sidor OCR"), "only the pages not read before the kill are read again");

        using var a = EvidenceStore.Open(reference);
        using var b = EvidenceStore.Open(killed);
        var ra = a.GetPassages();
        var rb = b.GetPassages();
        Assert.That(rb.Select(p => (p.Id, p.Text, string.Join(',', p.Pages))), Is.EqualTo(ra.Select(p => (p.Id, p.Text, string.Join(',', p.Pages)))));
        Assert.That(rb.Select(p => string.Join(',', b.GetCodings(p.Id).Select(c => $"{c.Code}:{c.Method}:{c.ModelVersion}:{c.Confidence:0.0000}"))),
            Is.EqualTo(ra.Select(p => string.Join(',', a.GetCodings(p.Id).Select(c => $"{c.Code}:{c.Method}:{c.ModelVersion}:{c.Confidence:0.0000}")))));
        Assert.That(b.GetStatus(), Is.EqualTo(a.GetStatus()).Using<StoreStatus>((x, y) => x.Passages == y.Passages && x.Documents == y.Documents && x.CodedPassages == y.CodedPassages && x.DocumentsInProgress == 0 && y.DocumentsInProgress == 0));
    }

    private static int CountOcrPages(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pages WHERE source = 'ocr'";
            return Convert.ToInt32(command.ExecuteScalar());
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet
        }
    }

    [Test]
    public void A_revised_file_keeps_the_review_decisions_of_its_unchanged_passages()
    {
        var input = Input("pdf");
        var path = Fixtures.Digital(input, "region-orebro-rus.pdf", "Örebro", chapters: 3);
        Assert.That(CliRunner.Run(_folder, "run", input).ExitCode, Is.Zero);
        var db = Path.Combine(_folder, "strategyminer.db");
        string keptId;
        using (var store = EvidenceStore.Open(db))
        {
            var first = store.GetPassages();
            keptId = first.First(p => p.Text.Contains("handlingsplaner", StringComparison.Ordinal)).Id;
            Assert.That(store.Decide(keptId, ReviewAction.Recode, ["T1", "EKO"], "Maria Löfvenberg", "tydligt exempel", store.GetReview(keptId).Version).Applied, Is.True);
        }

        // The region revises its strategy: same file name, one more chapter.
        Fixtures.Digital(input, "region-orebro-rus.pdf", "Örebro", chapters: 4);
        var rerun = CliRunner.Run(_folder, "run", input);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Stderr);
        Assert.That(rerun.Stdout, Does.Contain("1 review decision(s) carried over"));

        using var after = EvidenceStore.Open(db);
        var review = after.GetReview(keptId);
        Assert.Multiple(() =>
        {
            Assert.That(review.Status, Is.EqualTo("approved"));
            Assert.That(review.Codes, Is.EqualTo(new[] { "T1", "EKO" }));
            Assert.That(review.Reviewer, Is.EqualTo("Maria Löfvenberg"));
            Assert.That(after.GetPassages().Single(p => p.Id == keptId).DocumentId, Is.EqualTo(after.GetDocuments().Single().Id), "the passage belongs to the new revision");
            Assert.That(after.GetDocuments(includeSuperseded: true), Has.Count.EqualTo(2));
        });
        _ = path;
    }
}
