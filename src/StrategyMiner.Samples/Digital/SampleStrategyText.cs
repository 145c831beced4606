using System.Text;

namespace StrategyMiner.Samples.Digital;

/// <summary>
/// Deterministic Swedish strategy prose for sample and benchmark PDFs: sentences assembled from
/// phrase banks in the register of regional development strategies, with hyphenation marks ('|')
/// in long words, typographic quotes and dashes, compounds with real hyphens ("EU-medel",
/// "stad-land-relationer") and abbreviations ("bl.a.", "t.ex.") that do not end sentences.
/// </summary>
/// <remarks>The same seed gives the same text on every machine and runtime (seeded <see cref="Random"/>).</remarks>
public sealed class SampleStrategyText(int seed, string region = "Dalarna")
{
    private static readonly string[] Subjects =
    [
        "Region {R}", "Vi", "Kommunerna i länet", "Närings|livet", "Civil|samhället", "Regionen och dess partner",
        "Läns|styrelsen", "Universitet och hög|skolor", "Aktörerna i det regionala utveck|lings|arbetet", "Strategin",
    ];

    private static readonly string[] Verbs =
    [
        "ska stärka", "behöver utveckla", "arbetar för att förbättra", "vill främja", "prioriterar",
        "ska bidra till", "tar ansvar för", "följer upp", "samordnar", "investerar i",
    ];

    private static readonly string[] Objects =
    [
        "den regionala kompetens|försörjningen", "tillgången till bred|band på lands|bygden", "omställningen till en fossil|fri ekonomi",
        "en hållbar besöks|näring", "kollektiv|trafiken mellan länets tätorter", "stad-land-relationer i hela länet",
        "innovations|förmågan i små och medel|stora företag", "en jämlik och jämställd hälsa", "den biologiska mång|falden",
        "integrationen av nyanlända på arbets|marknaden", "kulturens roll för attraktiviteten", "livslångt lärande",
        "elektrifieringen av transport|sektorn", "skogens värde för klimat|omställningen", "samverkan på kommun- och regionnivå",
        "ett ”gott liv” för alla invånare", "digitaliseringen av välfärds|tjänsterna", "energi|effektiviseringen i industrin",
    ];

    private static readonly string[] Tails =
    [
        "fram till 2030", "i samverkan med länets kommuner", "bl.a. genom EU-|medel och statliga satsningar",
        "t.ex. inom besöks|näringen och de gröna näringarna", "med stöd av s.k. smart specialisering",
        "i enlighet med Agenda 2030", "så att hela länet kan växa", "utifrån länets olika förutsättningar",
        "– både i städerna och på landsbygden –", "och följer upp arbetet årligen", "m.fl. viktiga områden",
        "dvs. där behoven är som störst", "med ca. 40 miljoner kronor per år", "i dialog med invånarna",
    ];

    private static readonly string[] Openers =
    [
        "Därför", "Samtidigt", "Under strategi|perioden", "På sikt", "Mot den bakgrunden", "För att lyckas", "Framför allt",
    ];

    private static readonly string[] Headings =
    [
        "Inledning", "Läns|analys", "Vision och mål", "Kompetens|försörjning", "Hållbar tillväxt", "Infrastruktur och tillgänglighet",
        "Klimat och miljö", "Social hållbarhet", "Genomförande", "Uppföljning och lärande", "Innovation och företagande",
        "Attraktiva livsmiljöer", "Samverkan", "Handlings|planer", "Finansiering", "Internationellt samarbete",
    ];

    private readonly Random random = new(seed);

    /// <summary>The region named in the text ("Region Dalarna").</summary>
    public string Region { get; } = region;

    /// <summary>One sentence with hyphenation marks.</summary>
    public string Sentence()
    {
        var sb = new StringBuilder();
        var subject = Pick(Subjects).Replace("{R}", Region, StringComparison.Ordinal);
        var verb = Pick(Verbs);
        if (random.Next(4) == 0)
        {
            // Swedish main clauses are verb-second: "Därför ska vi stärka ...".
            var split = verb.IndexOf(' ', StringComparison.Ordinal);
            var finite = split < 0 ? verb : verb[..split];
            var rest = split < 0 ? "" : verb[split..];
            sb.Append(Pick(Openers)).Append(' ').Append(finite).Append(' ').Append(Lower(subject)).Append(rest);
        }
        else
        {
            sb.Append(subject).Append(' ').Append(verb);
        }
        sb.Append(' ').Append(Pick(Objects));
        if (random.Next(3) > 0)
        {
            sb.Append(' ').Append(Pick(Tails));
        }
        if (random.Next(5) == 0)
        {
            sb.Append(", och ").Append(Pick(Objects)).Append(" är en förutsättning för det");
        }
        var text = sb.ToString().TrimEnd(' ', '–');
        return text + (random.Next(12) == 0 ? "!" : ".");
    }

    /// <summary>A paragraph of <paramref name="sentences"/> sentences (random 2–7 when null).</summary>
    public string Paragraph(int? sentences = null)
    {
        var count = sentences ?? random.Next(2, 8);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence()));
    }

    /// <summary>A chapter or section title (without numbering).</summary>
    public string Heading() => Pick(Headings);

    private string Pick(string[] bank) => bank[random.Next(bank.Length)];

    private static string Lower(string subject) =>
        subject.StartsWith("Region ", StringComparison.Ordinal) ? subject : char.ToLowerInvariant(subject[0]) + subject[1..];
}
