using StrategyMiner.Codebook;
using StrategyMiner.Documents;
using StrategyMiner.Store;
using StrategyMiner.Text;

namespace StrategyMiner.Export.Tests;

/// <summary>
/// A real SQLite evidence store built through the store API (BeginDocument, CompleteDocument,
/// SaveCodings, Decide), with approved, recoded, rejected, pending, uncoded and superseded
/// passages whose text carries the characters exports tend to break: quotes, commas, semicolons,
/// newlines, å/ä/ö/é, ” – —, an emoji, HTML and a leading formula character.
/// </summary>
public sealed class EvidenceFixture : IDisposable
{
    private readonly string _folder;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public const string Anna = "Anna Ek";
    public const string Bo = "Bo Lund";

    /// <summary>Named passages; ids via <see cref="Id"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["D0"] = "Strategin genomförs genom fyra handlingsplaner; \"kraftsamlingar\", årshjul och ”dialog”, säger regionen – inte bara i Falun.\nNästa rad: é, å, ä, ö — klart.",
        ["D1"] = "Varje år tas en uppföljningsrapport fram med ett tjugotal indikatorer.",
        ["D2"] = "Länet har tre funktionella arbetsmarknadsregioner.",
        ["D3"] = "Elektrifieringen av tunga transporter ska öka.",
        ["D4"] = "Bilaga: ordlista.",
        ["D5"] = "Länet ska vara fossilfritt 2045.",
        ["O0"] = "Östergötland 🚀 samverkar med Linköpings universitet i <script>alert('x')</script> & partnerskap.",
        ["O1"] = "-Smart specialisering styr innovationsstödet; se \"S3\".",
        ["O2"] = "=SUMMA(A1:A2) är ingen formel här, utan text om 🌍 och Åre.",
        ["R0"] = "Örebro län arbetar med inomregionala skillnader i livslängd.",
        ["G0"] = "Gotland har tre genomförandeprogram.",
        ["K0"] = "Kalmar län i korthet.",
        ["U0"] = "Hållbarhet genomsyrar strategin.",
        ["S0"] = "Gammal text om utmaningar.",
        ["S1"] = "Ny text om samverkan.",
    };

    private EvidenceFixture(string folder, EvidenceStore store)
    {
        _folder = folder;
        Store = store;
    }

    public EvidenceStore Store { get; }

    public string StorePath => Store.Path;

    public string Id(string name) => _ids[name];

    public string Name(string id) => _ids.Single(kv => kv.Value == id).Key;

    /// <summary>A fresh, empty store in its own temp folder.</summary>
    public static EvidenceFixture Empty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sm-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new EvidenceFixture(folder, EvidenceStore.Open(Path.Combine(folder, "evidence.db")));
    }

    public static EvidenceFixture Create()
    {
        var f = Empty();
        f.Document("dal", "region-dalarna-rus.pdf", "Dalarna", "Dalastrategin 2030", 2021,
            ("D0", [14], "Genomförande › Handlingsplaner"), ("D1", [14, 15], "Uppföljning"), ("D2", [16], "Territoriella perspektiv"),
            ("D3", [17], "Klimat"), ("D4", [18], "Bilagor"), ("D5", [19, 20, 22], "Klimat"));
        f.Document("ost", "ostergotland-rus.pdf", "Östergötland", "Östergötlands regionala utvecklingsstrategi", 2021,
            ("O0", [3], "Samverkan"), ("O1", [4, 5], "Smart specialisering"), ("O2", [6], "Geografi"));
        f.Document("ore", "orebro-rus.pdf", "Örebro", "Regional utvecklingsstrategi för Örebro län", 2025, ("R0", [2], "Skillnader"));
        f.Document("got", "gotland.pdf", "Gotland", "Vårt Gotland 2040", 2021, ("G0", [5], "Genomförande"));
        f.Document("kal", "kalmar.pdf", "Kalmar", "Regional utvecklingsstrategi Kalmar län", 2026, ("K0", [1], "Inledning"));
        f.Document("okand", "okand-strategi.pdf", null, null, null, ("U0", [1], ""));
        f.Document("skane-v1", "skane.pdf", "Skåne", "Det öppna Skåne 2030", 2024, ("S0", [1], "Utmaningar"));

        f.Code("local", "v1", ("D0", "T1", 0.81), ("D0", "EKO", 0.66), ("D1", "T3", 0.55), ("D2", "T6", 0.7), ("D3", "T5", 0.6), ("D3", "MIL", 0.8),
            ("D5", "MIL", 0.9), ("O0", "T3", 0.77), ("O1", "T1", 0.6), ("O1", "EKO", 0.7), ("R0", "T7", 0.88), ("G0", "T4", 0.6),
            ("U0", "T4", 0.9), ("S0", "T9", 0.7));
        f.Store.SaveCodings("local", "v1", [new CodingResult(f.Id("K0"), [])]);
        f.Code("llm", "gpt-x", ("D1", "T2", 0.9), ("O2", "T6", 0.8), ("O2", "SOC", 0.5));
        // A retrained local coder replaces v1's suggestion for G0: only the newest version counts.
        f.Code("local", "v2", ("G0", "T1", 0.7));

        f.Decide("D0", ReviewAction.Accept, null, Anna, null);
        f.Decide("D1", ReviewAction.Recode, ["T2", "SOC"], Bo, "T2, inte T3; ”uppföljning”");
        f.Decide("D2", ReviewAction.Reject, null, Anna, null);
        f.Decide("D5", ReviewAction.Accept, null, Anna, null);
        f.Decide("O0", ReviewAction.Accept, null, Bo, null);
        f.Decide("O1", ReviewAction.Accept, null, Bo, null);
        f.Decide("O2", ReviewAction.Recode, ["T6", "SOC"], Anna, null);
        f.Decide("R0", ReviewAction.Accept, null, Bo, null);
        f.Decide("U0", ReviewAction.Accept, null, Anna, null);
        f.Decide("S0", ReviewAction.Accept, null, Anna, null);

        // A revised Skåne strategy without the old passage supersedes the first: S0's approval stays with the old revision.
        f.Document("skane-v2", "skane.pdf", "Skåne", "Det öppna Skåne 2030", 2024, ("S1", [1], "Samverkan"));
        return f;
    }

    /// <summary>Approved passage ids and their final codes, read back through the store's own review API.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ApprovedFromStore() =>
        Store.GetPassages()
            .Select(p => (p.Id, Review: Store.GetReview(p.Id)))
            .Where(x => x.Review.Status == "approved")
            .ToDictionary(x => x.Id, x => x.Review.Codes, StringComparer.Ordinal);

    private void Document(string id, string file, string? region, string? title, int? year, params (string Name, int[] Pages, string Heading)[] passages)
    {
        Store.BeginDocument(new DocumentInfo(id, file, region, title, year, 40), Path.Combine(_folder, file));
        var list = new List<Passage>();
        foreach (var (name, pages, heading) in passages)
        {
            var text = Texts[name];
            _ids[name] = TextNormalizer.Hash(16, file, text);
            list.Add(new Passage(_ids[name], id, list.Count, pages, heading, PageSource.TextLayer, text));
        }
        Store.CompleteDocument(id, list);
    }

    private void Code(string method, string version, params (string Passage, string Code, double Confidence)[] suggestions) =>
        Store.SaveCodings(method, version, suggestions.GroupBy(s => s.Passage)
            .Select(g => new CodingResult(Id(g.Key), g.Select(s => new CodeSuggestion(s.Code, s.Confidence, method == "llm" ? "citat" : null)).ToList()))
            .ToList());

    private void Decide(string name, ReviewAction action, IReadOnlyList<string>? codes, string reviewer, string? comment)
    {
        var outcome = Store.Decide(Id(name), action, codes, reviewer, comment, Store.GetReview(Id(name)).Version);
        Assert.That(outcome.Applied, Is.True, outcome.Message);
    }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
