using System.Collections.Frozen;
using System.Text;

namespace StrategyMiner.Ocr.TextLayer;

/// <summary>
/// Frequent Swedish words — function words, common verbs and adjectives, the vocabulary of
/// regional development strategies, the 21 regions — plus each word with its diacritics stripped
/// ("för" → "for", "område" → "omrade"), since a text layer that lost å, ä and ö is still Swedish
/// and goes to repair, not OCR. A few dozen English function words count too: a summary in English
/// is a good text layer, not a broken one.
/// </summary>
internal static class SwedishLexicon
{
    private const string Swedish = """
        och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så
        kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut få finns
        vara blir blev bli detta denna dessa deras dess vår våra vårt vilka vilken vilket sitt sina
        hans hennes dem oss mig dig honom henne alla allt andra annan annat många mer mest mycket
        även bara både samt utan genom mellan inom över vidare sedan redan då hur varför vad vem
        här nog ju dock alltså därför eftersom medan innan tills trots enligt bland kring utifrån
        omkring fram bort hem upp ned ner igen aldrig alltid ofta ibland kanske redan ännu nya ny nytt
        stor stort stora större störst liten litet små mindre minst god gott goda bättre bäst hög högt
        höga högre lång långt långa längre egen eget egna hela helt hel första andra tredje sista
        olika flera fler få färre varje vissa viss visst samma sådan sådana sådant själv själva
        ha hade haft göra gör gjorde gjort ta tar tog tagit ge ger gav gett ges gå går gick gått
        se ser såg sett stå står stod komma kom kommit säga sade sa sagt veta vet visste vill ville
        måste kunna kunde kunnat bör borde behöver behöva behov skapa skapar skapas skapat stärka
        stärker stärks öka ökar ökat ökad ökade ökning minska minskar minskat utveckla utvecklar
        utvecklas utvecklat arbeta arbetar arbetat arbete arbetet bidra bidrar bidragit främja främjar
        säkerställa säkerställer stödja stödjer stöd stödet verka verkar möjliggöra leda leder ledde
        innebär innebära gäller gälla handlar finnas fanns funnits ligger ligga används använda
        användas beskriver beskrivs genomföra genomförs genomfört följa följer följs
        region regionen regioner regionerna regional regionala regionalt län länet länen länets
        kommun kommunen kommuner kommunerna kommunal kommunala stat staten statliga myndighet
        myndigheter land landet landsbygd landsbygden stad staden städer tätort orter ort
        utveckling utvecklingen utvecklings utvecklingsstrategi utvecklingsstrategin strategi
        strategin strategier strategiska mål målet målen målsättning målbild vision visionen
        prioritering prioriteringar prioriterade insatser insats åtgärder åtgärd område området
        områden områdena inriktning inriktningen fokus fokusområde fokusområden hållbar hållbara
        hållbart hållbarhet tillväxt tillväxten sysselsättning sysselsättningen näringsliv näringslivet
        näringslivets företag företagen företagande företagare innovation innovationer innovationskraft
        forskning kunskap kompetens kompetensförsörjning utbildning utbildningar utbildningen
        skola skolan högskola högskolor högskolan universitet universiteten arbetsmarknad
        arbetsmarknaden arbetskraft jobb invånare befolkning befolkningen människor människors
        unga ungdomar äldre barn kvinnor män jämställdhet jämställd integration inkludering social
        sociala socialt hälsa välfärd vård omsorg kultur kulturen miljö miljön klimat klimatet
        energi omställning omställningen natur resurser resurs vatten skog skogen jordbruk
        transport transporter infrastruktur kollektivtrafik trafik vägar järnväg bredband
        digital digitala digitalisering tillgänglighet tillgång bostäder bostad boende attraktiv
        attraktivt attraktiva attraktivitet samverkan samarbete samarbeten samverka aktörer aktör
        parter partnerskap ansvar ansvarig ansvarar roll uppdrag uppdraget uppföljning uppföljningen
        analys analyser statistik andel antal procent jämfört ökning nivå nivåer grund grunden
        del delar sätt tid tiden året åren framtid framtiden framtida idag nuvarande period
        perioden program programmet plan planen planering politik politiska beslut ekonomi ekonomisk
        ekonomiska ekonomiskt finansiering medel kapital investeringar investering offentliga offentlig
        privata civilsamhället ideella internationella internationell nationella nationell
        lokala lokal lokalt globala europeiska eu sverige sveriges svensk svenska svenskt
        dalarna gävleborg halland jämtland härjedalen jönköping kalmar kronoberg norrbotten skåne
        stockholm sörmland uppsala värmland västerbotten västernorrland västmanland gotland
        blekinge östergötland örebro västra götaland götalands
        viktigt viktig viktiga möjlighet möjligheter utmaning utmaningar förutsättningar förutsättning
        villkor betydelse syfte syftet resultat effekt effekter kvalitet styrka styrkor svagheter
        risk risker behoven krav följande exempel
        """;

    private const string English = """
        the of and to in is are for on with as by that this be it from at an or which its their
        our we will has have been not can all more these other regional development strategy
        """;

    private static readonly FrozenSet<string> Words = Build();

    /// <summary>True when the lower-cased token is a frequent Swedish (or English) word, with or without diacritics.</summary>
    public static bool Contains(string lowerToken) => Words.Contains(lowerToken);

    /// <summary>The word with å, ä, ö, é and their kin replaced by the bare letter.</summary>
    public static string StripDiacritics(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                bare.Append(c);
        return bare.ToString().Normalize(NormalizationForm.FormC);
    }

    private static FrozenSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in (Swedish + " " + English).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant().Normalize(NormalizationForm.FormC);
            words.Add(lower);
            words.Add(StripDiacritics(lower));
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
