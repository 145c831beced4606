namespace StrategyMiner.Repair.Tests;

/// <summary>Damaged Swedish (written for these tests) comes back as the clean sentence.</summary>
public class RepairConfusionTests
{
    public static IEnumerable<TestCaseData> ConfusionKinds()
    {
        yield return Case("stripped å/ä/ö", "Regionen ska framja en hallbar utveckling i hela lanet.", "Regionen ska främja en hållbar utveckling i hela länet.");
        yield return Case("stripped, capitals", "Oppna fragor om foretagens forutsattningar.", "Öppna frågor om företagens förutsättningar.");
        yield return Case("6 for ö", "Vi vill 6ka samverkan mellan kommunerna.", "Vi vill öka samverkan mellan kommunerna.");
        yield return Case("é for ö", "Det ar viktigt att stédet nar ut till alla foretag.", "Det är viktigt att stödet når ut till alla företag.");
        yield return Case("é for ö at the start", "Férutsattningarna for regionens arbete har forandrats.", "Förutsättningarna för regionens arbete har förändrats.");
        yield return Case("d for ä", "Vi far vdnta pa besked fran regeringen.", "Vi får vänta på besked från regeringen.");
        yield return Case("& for ä", "Ett exempel &r samarbetet mellan kommunerna.", "Ett exempel är samarbetet mellan kommunerna.");
        yield return Case("I for l", "Det Iopande arbetet fortsatter under aret.", "Det löpande arbetet fortsätter under året.");
        yield return Case("| for l", "Kommunerna arbetar med |osningar for bostader.", "Kommunerna arbetar med lösningar för bostäder.");
        yield return Case("m for rn", "Kommunema och regionen har ett gemensamt ansvar.", "Kommunerna och regionen har ett gemensamt ansvar.");
        yield return Case("joined: Viska", "Viska bli battre pa att samverka.", "Vi ska bli bättre på att samverka.");
        yield return Case("joined: forregionala", "Stodet ar viktigt forregionala foretag.", "Stödet är viktigt för regionala företag.");
        yield return Case("split word", "Regionen har en viktig roll i utveck lingen av lanet.", "Regionen har en viktig roll i utvecklingen av länet.");
        yield return Case("dropped letter", "Tillgngen till service ar viktig.", "Tillgången till service är viktig.");
        yield return Case("dropped thin letter", "Tll sist vill vi tacka alla.", "Till sist vill vi tacka alla.");
        yield return Case("& and @ closing a word", "Vi vill ocks& f@ fler att flytta hit.", "Vi vill också få fler att flytta hit.");
        yield return Case("capital A for å mid-sentence, names keep theirs", "Det ar viktigt att Astadkomma resultat i Orebro.", "Det är viktigt att åstadkomma resultat i Örebro.");
    }

    public static IEnumerable<TestCaseData> ContextCases()
    {
        yield return Case("har/här, ar/är, for/för", "Har ar de viktigaste malen for aret.", "Här är de viktigaste målen för året.");
        yield return Case("far/får, man (one)", "Det far man inte glomma.", "Det får man inte glömma.");
        yield return Case("man/män", "Kvinnor och man ska ha samma mojligheter.", "Kvinnor och män ska ha samma möjligheter.");
        yield return Case("var/vår, dar/där", "Var kommun vill att fler ska kunna bo kvar dar.", "Vår kommun vill att fler ska kunna bo kvar där.");
        yield return Case("sa/så, bor (lives), pa/på", "Sa lange det finns jobb bor manga kvar pa orten.", "Så länge det finns jobb bor många kvar på orten.");
        yield return Case("ar/år after a number word", "Arbetet har pagatt i tre ar och ar nu klart.", "Arbetet har pågått i tre år och är nu klart.");
        yield return Case("har (has) stays", "Regionen har ett stort ansvar for utvecklingen.", "Regionen har ett stort ansvar för utvecklingen.");
        yield return Case("for/för, pa/på", "Det ar svart att fa tag pa personal till varden.", "Det är svårt att få tag på personal till vården.");
    }

    private static TestCaseData Case(string name, string damaged, string clean) => new TestCaseData(damaged, clean).SetName("{m}(" + name + ")");

    [TestCaseSource(nameof(ConfusionKinds))]
    public void RepairsEachConfusionKind(string damaged, string clean) =>
        Assert.That(Shared.Repairer.Repair(damaged).Text, Is.EqualTo(clean));

    [TestCaseSource(nameof(ContextCases))]
    public void ContextChoosesBetweenWordsThatAreBothValid(string damaged, string clean) =>
        Assert.That(Shared.Repairer.Repair(damaged).Text, Is.EqualTo(clean));

    [Test]
    public void StrippedParagraphComesBackAlmostWordForWord()
    {
        const string clean = "Kompetensförsörjningen är en av de största utmaningarna för företagen i länet. Därför behöver regionen, kommunerna och näringslivet arbeta tillsammans så att fler får möjlighet att utbilda sig. Det gäller både unga och vuxna som vill byta yrke.";
        var repaired = Shared.Repairer.Repair(SwedishOcrDamage.Strip(clean)).Text;
        var wrong = repaired.Split(' ').Zip(clean.Split(' ')).Count(p => p.First != p.Second);
        Assert.That(wrong, Is.LessThanOrEqualTo(1), repaired);
    }
}
