using StrategyMiner.Samples.Digital;

namespace StrategyMiner.Passages.Tests.Golden;

/// <summary>
/// The document behind Golden/dalastrategin.passages.txt: a short "Dalastrategin 2030" with a
/// two-column layout, running header and "Sida N" footer, hyphenated line ends, a paragraph that runs
/// on into the next column and one that runs on onto the next page, a long paragraph that must be cut
/// at sentences, a figure with a source line, a page whose text layer lost its diacritics and a
/// picture-only page. '|' marks where the builder may hyphenate.
/// </summary>
internal static class GoldenDocument
{
    public const string FileName = "dalastrategin-2030.pdf";
    public const string Title = "Dalastrategin 2030";
    public const string Header = "Dalastrategin 2030 · Region Dalarna";

    public const string Intro =
        "Dalastrategin 2030 är Region Dalarnas regionala utveck|lings|strategi. Den beskriver hur vi tillsammans ska " +
        "arbeta för ett hållbart Dalarna där människor vill bo, verka och besöka. Strategin har tagits fram i bred dialog " +
        "med länets femton kommuner, närings|livet, civil|samhället och akademin under 2023. Den gäller fram till 2030 och " +
        "ersätter den tidigare strategin från 2015. Den ska läsas tillsammans med länets andra strategier, t.ex. " +
        "för innovation, kultur och energi.";

    public const string Quotes =
        "Målet är ”ett gott liv i hela Dalarna” – i städerna såväl som på lands|bygden. Vi ser stad-land-relationer som " +
        "en styrka och vill att EU-|medel används där de gör störst nytta, på kommun- och regionnivå. Det kräver att vi " +
        "vågar prioritera — och att vi följer upp det vi gör.";

    public const string Long =
        "Det regionala utveck|lingsarbetet i Dalarna bedrivs av många aktörer, bl.a. kommunerna, läns|styrelsen, " +
        "högskolan och närings|livets organisationer. Region Dalarna har det formella ansvaret för att samordna arbetet " +
        "och för att ta fram och genomföra strategin. Ansvaret omfattar t.ex. att fördela regionala utveck|lings|medel, " +
        "att leda arbetet med smart specialisering och att följa upp hur länet utvecklas. Många frågor kräver samverkan " +
        "över läns|gränserna, t.ex. infra|struktur, kompetens|försörjning och besöks|näring. Därför deltar Region Dalarna " +
        "i s.k. funktionella samarbeten med grann|länen och i nationella nätverk. Strategin ska vara ett stöd för alla " +
        "som verkar i länet, dvs. inte bara för regionens egen verksamhet. Den ska också vägleda hur regionala medel, " +
        "statliga medel och EU-|medel används. Uppföljningen sker årligen med ca. 30 indikatorer som beskriver " +
        "utvecklingen inom de prioriterade områdena. Resultaten redovisas för regionfullmäktige och diskuteras med " +
        "kommunerna m.fl. aktörer. Genom att lära av uppföljningen kan vi justera insatserna under strategi|perioden. " +
        "Arbetet ska präglas av öppenhet, delaktighet och ett lång|siktigt perspektiv. Det innebär bl.a. att vi redovisar " +
        "både framgångar och misslyckanden.";

    public static readonly string[] Chapter1 =
    [
        "Dalarna står inför stora förändringar. Befolkningen blir äldre, närings|livet ställer om och klimat|förändringarna " +
        "påverkar både skogen och vattnet. Samtidigt finns starka till|gångar: en levande kultur, ett rikt förenings|liv och " +
        "företag som leder omställningen inom stål, energi och trä|industri.",
        "Utveck|lingsarbetet ska utgå från länets olika förutsättningar. Falun och Borlänge växer, medan flera kommuner i " +
        "norra Dalarna behöver stöd för att behålla service och arbets|tillfällen. Det regionala utveck|lingsarbetet ska " +
        "därför bidra till att hela länet kan leva.",
        "Kompetens|försörjningen är en av de viktigaste frågorna för länets företag och offentliga verksamheter. Vi vill " +
        "stärka samverkan mellan utbildning och arbets|liv så att fler kan utbilda sig nära hemmet och så att företagen " +
        "hittar den kompetens de behöver för att växa.",
    ];

    public static readonly string[] Chapter2 =
    [
        "Strategin genomförs genom handlings|planer som tas fram tillsammans med berörda aktörer. Handlings|planerna " +
        "beskriver konkreta insatser, vem som ansvarar och hur insatserna ska finansieras. De revideras vart tredje år så " +
        "att de följer utvecklingen i länet och i omvärlden och så att nya behov fångas upp i tid innan de blir akuta " +
        "problem för invånarna och för närings|livet i hela länet och i grann|regionerna samt i de nationella satsningar " +
        "som berör Dalarna. Region Dalarna ansvarar för att samordna arbetet och för att resultaten sprids till alla som deltar.",
        "Uppföljningen av utveck|lingsarbetet ska vara enkel att förstå. Vi redovisar varje år hur det går och vad vi har " +
        "lärt oss, och vi bjuder in till dialog om resultaten.",
    ];

    public const string Stripped =
        "På den här sidan har text|lagret tappat sina diakritiska tecken, så som ibland händer när en PDF skapas från ett " +
        "äldre system. Texten ska ändå komma med, men den får reparationssteget ta hand om.";

    /// <summary>Lays the document out; call <see cref="StrategyPdfBuilder.Build"/> for the bytes.</summary>
    /// <param name="quotes">The text of the second paragraph, to simulate a revised edition.</param>
    public static StrategyPdfBuilder Create(string quotes = Quotes)
    {
        var builder = new StrategyPdfBuilder(Title, Header, "Sida {page}", syllableHyphenation: true);
        builder.AddPage(columns: 2)
            .Heading("1 Inledning", 1)
            .Paragraph(Intro)
            .Paragraph(quotes)
            .Heading("1.1 Ansvar och samverkan", 2)
            .Paragraph(Long)
            .Heading("1.2 Utgångsläge", 2);
        foreach (var paragraph in Chapter1)
        {
            builder.Paragraph(paragraph);
        }
        builder.Image(70, "Källa: SCB 2023");
        foreach (var paragraph in Chapter1)
        {
            builder.Paragraph(paragraph);
        }
        builder.Heading("2 Genomförande", 1)
            .Heading("2.1 Handlingsplaner", 2);
        foreach (var paragraph in Chapter2)
        {
            builder.Paragraph(paragraph);
        }
        builder.AddPage(columns: 1, stripDiacritics: true)
            .Heading("3 Bilagor", 1)
            .Paragraph(Stripped)
            .AddPage(runningText: false)
            .Image(600);
        return builder;
    }
}
