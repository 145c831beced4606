using StrategyMiner.Text;

namespace StrategyMiner.Repair.Tests;

/// <summary>Clean Swedish passes through untouched, whatever it contains.</summary>
public class CleanTextTests
{
    public static IEnumerable<TestCaseData> CleanTexts()
    {
        yield return new TestCaseData("Regionen ska främja en hållbar utveckling i hela länet, även på landsbygden.").SetName("{m}(å ä ö)");
        yield return new TestCaseData("Företagens idé är att öka exporten – och därmed jobben — i Västernorrland.").SetName("{m}(é and dashes)");
        yield return new TestCaseData("Hon kallade det ”en nystart” och sa att hon ’äntligen’ fått svar.").SetName("{m}(typographic quotes)");
        yield return new TestCaseData("Läs mer på https://www.regionen.se/utveckling/strategi-2030/ eller skriv till anna.ostberg@region.se.").SetName("{m}(URL and e-mail)");
        yield return new TestCaseData("År 2023 beviljades 48 projekt, 120,5 miljoner kronor, enligt tabell 3.2 och EU:s regler.").SetName("{m}(numbers and abbreviations)");
        yield return new TestCaseData("Maria Engström och Per Åhlund från Tillväxtverket träffade Örebro läns landshövding.").SetName("{m}(proper names)");
        yield return new TestCaseData("Vi har arbetat här i tre år och vår erfarenhet är att man får mycket tillbaka.").SetName("{m}(har här år vår får man)");
        yield return new TestCaseData("FA-projektet och RUS-arbetet följs upp av SCB och Boverket.").SetName("{m}(short capitals)");
        yield return new TestCaseData("Sektorplanerna och utvecklingsstrategierna samordnas i länsplanen.").SetName("{m}(compounds no list has)");
    }

    [TestCaseSource(nameof(CleanTexts))]
    public void CleanSwedishIsLeftAsItIs(string text)
    {
        var result = Shared.Repairer.Repair(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Text, Is.EqualTo(text));
            Assert.That(result.Changes, Is.Empty);
            Assert.That(result.Original, Is.SameAs(text));
        });
    }

    [Test]
    public void NeedsRepairIsTrueForStrippedTextAndFalseForCleanText()
    {
        const string clean = "Länets företag har svårt att hitta personal. Därför behöver fler utbildas inom vård, teknik och industri, och det är viktigt att även de som redan arbetar får möjlighet att lära sig nytt. Regionen för dialog med kommunerna om hur det ska gå till.";
        Assert.Multiple(() =>
        {
            Assert.That(Shared.Repairer.NeedsRepair(clean), Is.False);
            Assert.That(Shared.Repairer.NeedsRepair(SwedishOcrDamage.Strip(clean)), Is.True);
            Assert.That(Shared.Repairer.NeedsRepair("Vi vill 6ka stédet till foretagen."), Is.True);
            Assert.That(Shared.Repairer.NeedsRepair(""), Is.False);
        });
    }

    [Test]
    public void AssessmentCountsTheEvidence()
    {
        var stripped = Shared.Repairer.Assess("Det ar viktigt for lanet att fa fler foretag.");
        var clean = Shared.Repairer.Assess("Det är viktigt för länet att få fler företag.");
        Assert.Multiple(() =>
        {
            Assert.That(stripped.Stripped, Is.GreaterThanOrEqualTo(4));
            Assert.That(stripped.StripRate, Is.GreaterThan(0.5));
            Assert.That(clean.WithDiacritics, Is.EqualTo(5));
            Assert.That(clean.StripRate, Is.LessThan(0.2));
        });
    }
}
