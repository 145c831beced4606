namespace StrategyMiner.Samples;

/// <summary>
/// Swedish strategy prose written for the sample corpus, in the register of real regional
/// development strategies. "{region}" and "{lan}" are replaced by the region's name and its county
/// ("Dalarnas län"). Not used to train or evaluate any model.
/// </summary>
public static class SampleTexts
{
    /// <summary>Heading and paragraphs of one chapter.</summary>
    public sealed record Chapter(string Heading, IReadOnlyList<string> Paragraphs);

    /// <summary>The chapters, in the order a strategy usually has them.</summary>
    public static IReadOnlyList<Chapter> Chapters { get; } =
    [
        new("1 Inledning",
        [
            "Den regionala utvecklingsstrategin är {lan}s gemensamma färdplan fram till 2030. Den har tagits fram i bred dialog med kommuner, näringsliv, akademi, civilsamhälle och statliga myndigheter och anger mål och långsiktiga prioriteringar för det regionala utvecklingsarbetet.",
            "Strategin utgår från en analys av länets förutsättningar: en åldrande befolkning, en arbetsmarknad i omställning, stora avstånd och en natur som är både en tillgång och ett ansvar. Den ska vara vägledande för kommunernas översiktsplanering och för statliga aktörers insatser i länet.",
        ]),
        new("2 Genomförande",
        [
            "Strategin genomförs genom fyra handlingsplaner, en för varje prioriterat område: kompetensförsörjning, innovation och företagande, tillgänglighet samt hållbara livsmiljöer. Handlingsplanerna revideras vart tredje år och beslutas av regionala utvecklingsnämnden efter samråd med länets kommuner.",
            "Ett årshjul styr genomförandet. Under våren tar Region {region} fram en regional lägesbild, under hösten prioriteras insatser för kommande år i det regionala partnerskapet, och i december beslutas vilka projekt som får regionala utvecklingsmedel.",
            "Det regionala partnerskapet samlar länets kommuner, Länsstyrelsen, Arbetsförmedlingen, lärosätena och företrädare för näringslivet och civilsamhället. Partnerskapet möts fyra gånger per år och ansvarar för att insatserna samordnas så att offentliga medel används där de gör störst nytta.",
            "Varje år arrangeras en RUS-konferens med omkring trehundra deltagare, och under året hålls dialogmöten och workshoppar i alla kommuner. Kraftsamlingsträffarna om kompetensförsörjning har samlat skolhuvudmän, arbetsgivare och studieförbund kring gemensamma åtgärder.",
        ]),
        new("3 Uppföljning och lärande",
        [
            "Uppföljningen sker årligen med ett tjugotal indikatorer som är kopplade till strategins mål, bland annat sysselsättningsgrad, utbildningsnivå, pendlingstid och utsläpp av växthusgaser. Resultaten redovisas i en uppföljningsrapport som diskuteras i regionfullmäktige och i partnerskapet.",
            "Vart fjärde år görs en fördjupad utvärdering av strategins genomslag, med stöd av forskare vid lärosätena. Utvärderingen ska visa om insatserna bidrar till målen och ge underlag för revidering av handlingsplanerna.",
        ]),
        new("4 Hållbar utveckling",
        [
            "Agenda 2030 är ramverket för strategin. Varje mål har prövats mot de tre dimensionerna av hållbar utveckling – ekonomisk, social och miljömässig – och målkonflikter, till exempel mellan ny infrastruktur och biologisk mångfald, redovisas öppet och hanteras i handlingsplanerna.",
            "Regionen driver ett program för elektrifiering av tunga transporter och bygger ut laddinfrastruktur längs de stora stråken. Tillsammans med kommunerna satsas det på cirkulär ekonomi, energieffektivisering i offentliga lokaler och klimatanpassning av utsatta tätorter.",
            "Folkhälsoarbetet och insatser för inkludering är lika viktiga. Regionen finansierar tillsammans med kommunerna program för unga som varken arbetar eller studerar, och stödjer föreningslivets arbete för att fler ska känna delaktighet och trygghet.",
        ]),
        new("5 Hela länet",
        [
            "Länet består av tre funktionella arbetsmarknadsregioner med olika förutsättningar. Strategin tar ett platsbaserat perspektiv: stad och landsbygd ses som ömsesidigt beroende, och flerkärnighet, pendlingsstråk och servicepunkter i glesa strukturer och fjällområden ska stärka hela länet.",
            "Skillnaderna inom länet är stora. Medellivslängden skiljer sig med flera år mellan kommunerna, andelen med eftergymnasial utbildning är dubbelt så hög i residensstaden som i de minsta kommunerna, och befolkningen minskar i inlandet. Insatserna riktas därför särskilt till de delar av länet där behoven är störst.",
        ]),
        new("6 Utmaningar och framgångsfaktorer",
        [
            "De största utmaningarna är kompetensbristen, den demografiska utvecklingen och klimatriskerna. Bristande digital infrastruktur på landsbygden gör att företag och hushåll inte kan ta del av samma möjligheter som i tätorterna.",
            "En framgångsfaktor har varit den breda förankringen: strategin har tagits fram tillsammans med kommunerna och följs upp i samma forum. Långsiktighet, tydligt politiskt ledarskap och en gemensam lägesbild har gjort det lättare att prioritera.",
        ]),
    ];

    /// <summary>Material that carries no code: colophon, contact details, a vision slogan.</summary>
    public static IReadOnlyList<string> Colophon { get; } =
    [
        "Beslutad av regionfullmäktige. Diarienummer RS 2021/123. Foto: Regionens bildbank. Tryck: Tryckeriet i länet.",
        "Kontakt: Avdelningen för regional utveckling, telefon 010-123 45 67, regional.utveckling@example.se.",
    ];
}
