using StrategyMiner.Codebook;
using StrategyMiner.Documents;
using StrategyMiner.Store;
using StrategyMiner.Text;

namespace StrategyMiner.Review.Tests;

/// <summary>
/// A temp store with two strategies filled through the store API: Dalarna (a real PDF on disk, one
/// text-layer page and one OCR page fixed by repair) and Gävleborg (whose PDF has been moved away),
/// seven AI-coded passages and one the coders found nothing in.
/// </summary>
internal sealed class ReviewFixture : IDisposable
{
    public const string RepairedOriginal = "Viska 6ka kompetensforsorjningen i hela lanet genom fler yrkesutbildningar.";

    /// <summary>Passage texts by key; the keys name what each passage is for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["samverkan"] = "Regionen ska stärka samverkan med kommunerna – ”tillsammans” är ledordet för år 2030.",
        ["uppfoljning"] = "Uppföljningen sker årligen med ett tjugotal indikatorer för länets utveckling.",
        ["kompetens"] = "Vi ska öka kompetensförsörjningen i hela länet genom fler yrkesutbildningar.",
        ["xss"] = "Texten <script>alert(1)</script> ska visas som text & inte köras – ”aldrig” som kod.",
        ["klimat"] = "Klimatomställningen kräver att industrin minskar sina utsläpp med 70 procent till 2035.",
        ["folkhalsa"] = "Folkhälsan ska förbättras – särskilt för barn och unga i länets utsatta områden.",
        ["styrgrupp"] = "Styrgruppen följer upp handlingsplanerna två gånger per år och rapporterar till regionstyrelsen.",
        ["kontakt"] = "Kontaktuppgifter finns på regionens webbplats.",
    };

    public ReviewFixture()
    {
        Folder = Directory.CreateTempSubdirectory("sm-review-").FullName;
        DatabasePath = Path.Combine(Folder, "strategyminer.db");
        PdfPath = Path.Combine(Folder, "dalastrategin.pdf");
        using var store = EvidenceStore.Open(DatabasePath);

        // Dalarna: a real PDF, so page images render and the id is the file's hash.
        var (pdf, boxes) = TestPdf.Build("Dalastrategin 2030 · Region Dalarna",
        [
            new TestPdf.Paragraph(1, Texts["samverkan"], "1 Inledning"),
            new TestPdf.Paragraph(1, Texts["uppfoljning"]),
            new TestPdf.Paragraph(2, Texts["kompetens"], "2 Kompetens"),
            new TestPdf.Paragraph(2, Texts["xss"]),
        ]);
        File.WriteAllBytes(PdfPath, pdf);
        DalarnaId = TextNormalizer.HashFile(PdfPath);
        var dalarna = new DocumentInfo(DalarnaId, "dalastrategin.pdf", "Dalarna", "Dalastrategin 2030", 2021, 2);
        store.BeginDocument(dalarna, PdfPath);
        store.SavePages(DalarnaId,
        [
            new PageText(1, PageSource.TextLayer, [Block(Texts["samverkan"], boxes[0]), Block(Texts["uppfoljning"], boxes[1])], TestPdf.Width, TestPdf.Height),
            new PageText(2, PageSource.Repaired, [Block(Texts["kompetens"], boxes[2]), Block(Texts["xss"], boxes[3])], TestPdf.Width, TestPdf.Height)
            {
                Confidence = 0.71,
                OriginalText = RepairedOriginal + "\n\n" + Texts["xss"],
                Changes = RepairChanges(),
            },
        ]);
        var dalarnaPassages = new[]
        {
            Passage("dalastrategin.pdf", DalarnaId, 0, "samverkan", 1, "1 Inledning", PageSource.TextLayer, boxes[0]),
            Passage("dalastrategin.pdf", DalarnaId, 1, "uppfoljning", 1, "1 Inledning › 1.1 Uppföljning", PageSource.TextLayer, boxes[1]),
            Passage("dalastrategin.pdf", DalarnaId, 2, "kompetens", 2, "2 Kompetens", PageSource.Repaired, boxes[2]) with { Confidence = 0.71 },
            Passage("dalastrategin.pdf", DalarnaId, 3, "xss", 2, "2 Kompetens", PageSource.Repaired, boxes[3]) with { Confidence = 0.71 },
        };
        store.CompleteDocument(DalarnaId, dalarnaPassages);

        // Gävleborg: ingested from a file that is no longer there.
        GavleborgId = "00000000000000aa";
        var gavleborg = new DocumentInfo(GavleborgId, "gavleborg.pdf", "Gävleborg", "Gävleborgsstrategin", 2020, 3);
        store.BeginDocument(gavleborg, Path.Combine(Folder, "flyttad", "gavleborg.pdf"));
        store.SavePages(GavleborgId, [new PageText(1, PageSource.TextLayer, [], TestPdf.Width, TestPdf.Height)]);
        store.CompleteDocument(GavleborgId,
        [
            Passage("gavleborg.pdf", GavleborgId, 0, "klimat", 1, "Klimat", PageSource.TextLayer, null),
            Passage("gavleborg.pdf", GavleborgId, 1, "folkhalsa", 1, "Folkhälsa", PageSource.TextLayer, null),
            Passage("gavleborg.pdf", GavleborgId, 2, "styrgrupp", 1, "Genomförande", PageSource.TextLayer, null),
            Passage("gavleborg.pdf", GavleborgId, 3, "kontakt", 1, "Kontakt", PageSource.TextLayer, null),
        ]);

        store.SaveCodings("local", "local-1",
        [
            Result("samverkan", ("T3", 0.92, null)),
            Result("uppfoljning", ("T2", 0.97, null)),
            Result("kompetens", ("T6", 0.97, null)),
            Result("xss", ("T9", 0.51, null)),
            Result("klimat", ("MIL", 0.93, null), ("T4", 0.45, null)),
            Result("styrgrupp", ("T1", 0.70, null), ("T2", 0.66, null)),
            Result("kontakt"),
        ]);
        store.SaveCodings("llm", "llm-1",
        [
            Result("samverkan", ("T3", 0.88, "stärka samverkan med kommunerna"), ("SOC", 0.55, "”tillsammans” är ledordet")),
            Result("uppfoljning", ("T2", 0.95, "ett tjugotal indikatorer")),
            Result("kompetens", ("T6", 0.96, "öka kompetensförsörjningen"), ("EKO", 0.62, "fler yrkesutbildningar")),
            Result("folkhalsa", ("SOC", 0.81, "Folkhälsan ska förbättras")),
        ]);
        store.SaveDisagreements(new Dictionary<string, IReadOnlyList<string>>
        {
            [Id("kompetens")] = ["EKO"],
            [Id("styrgrupp")] = ["T2"],
        });
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string PdfPath { get; }
    public string DalarnaId { get; }
    public string GavleborgId { get; }

    /// <summary>The queue in its default order: disputed first (by lowest confidence), then lowest confidence.</summary>
    public static readonly string[] PriorityOrder = ["kompetens", "styrgrupp", "klimat", "xss", "samverkan", "folkhalsa", "uppfoljning"];

    public static string Id(string key) => TextNormalizer.Hash(16, FileOf(key), TextNormalizer.Normalize(Texts[key]), "0");

    public static string KeyOf(string passageId) => Texts.Keys.Single(k => Id(k) == passageId);

    public EvidenceStore OpenStore() => EvidenceStore.Open(DatabasePath);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static string FileOf(string key) => key is "samverkan" or "uppfoljning" or "kompetens" or "xss" ? "dalastrategin.pdf" : "gavleborg.pdf";

    private static TextBlock Block(string text, PageBox box) => new(text, box.Box);

    private static Passage Passage(string file, string documentId, int ordinal, string key, int page, string heading, PageSource source, PageBox? box) =>
        new(Id(key), documentId, ordinal, [page], heading, source, Texts[key]) { Boxes = box is null ? [] : [box] };

    private static CodingResult Result(string key, params (string Code, double Confidence, string? Quote)[] suggestions) =>
        new(Id(key), suggestions.Select(s => new CodeSuggestion(s.Code, s.Confidence, s.Quote)).ToList());

    private static List<TextChange> RepairChanges()
    {
        var changes = new List<TextChange>();
        foreach (var (before, after, score) in new[] { ("Viska", "Vi ska", 4.2), ("6ka", "öka", 6.1), ("kompetensforsorjningen", "kompetensförsörjningen", 3.3), ("lanet", "länet", 2.8) })
            changes.Add(new TextChange(RepairedOriginal.IndexOf(before, StringComparison.Ordinal), before, after, score));
        return changes;
    }
}
