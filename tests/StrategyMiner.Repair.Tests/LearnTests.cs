using StrategyMiner.Repair.Lexicon;

namespace StrategyMiner.Repair.Tests;

/// <summary>Text learned from the batch's clean documents makes its names restorable, in that instance only.</summary>
public class LearnTests
{
    [Test]
    public void HarjedalenIsRestoredOnlyAfterLearningTextThatHasIt()
    {
        // A lexicon without the name, as for a place no word list has.
        var lexicon = SwedishLexicon.FromWords(
            new[] { "i", "och", "på", "är", "för", "ska", "regionen", "kommunerna", "arbetet", "länet", "fjällen", "besökare", "många", "till", "kommer" }
                .Select(w => (w, WordRoles.Word | WordRoles.Hunspell)), "test words");
        var repairer = SwedishRepairer.Create(lexicon, ["Regionen och kommunerna arbetar för länet.", "Många besökare kommer till fjällen."]);
        const string damaged = "Manga besokare kommer till Harjedalen.";

        Assert.That(repairer.Repair(damaged).Text, Is.EqualTo("Många besökare kommer till Harjedalen."));
        repairer.Learn("Härjedalen är ett landskap i Jämtlands län. I Härjedalen finns fjällen.");
        Assert.That(repairer.Repair(damaged).Text, Is.EqualTo("Många besökare kommer till Härjedalen."));
    }

    [Test]
    public void DefaultRepairerLearnsPlaceNamesNoDictionaryHas()
    {
        var repairer = SwedishRepairer.CreateDefault();
        const string damaged = "Foretaget har sitt kontor i Malsjovik och en filial i Bjornasvallen.";
        Assert.That(repairer.Repair(damaged).Text, Is.EqualTo("Företaget har sitt kontor i Malsjovik och en filial i Bjornasvallen."));

        repairer.Learn("Mälsjövik är en ort vid sjön. Vägen från Mälsjövik till Björnåsvallen är lång.");
        Assert.That(repairer.Repair(damaged).Text, Is.EqualTo("Företaget har sitt kontor i Mälsjövik och en filial i Björnåsvallen."));
        Assert.That(SwedishRepairer.CreateDefault().Repair(damaged).Text, Does.Contain("Malsjovik"), "learning is per instance");
    }

    [Test]
    public void LearnedTextShiftsContextDecisions()
    {
        var repairer = SwedishRepairer.CreateDefault();
        var learned = string.Join(" ", Enumerable.Repeat("Styrgruppen för Norrskenslänken bör träffas oftare.", 5));
        repairer.Learn(learned);
        Assert.That(repairer.Repair("Styrgruppen for Norrskenslanken bor traffas oftare.").Text,
            Is.EqualTo("Styrgruppen för Norrskenslänken bör träffas oftare."));
    }

    [Test]
    public void LearningWhileOtherThreadsRepairIsSafe()
    {
        var repairer = SwedishRepairer.CreateDefault();
        var damaged = SwedishOcrDamage.Strip("Det är viktigt att företagen i länet får stöd för att växa.");
        var expected = repairer.Repair(damaged).Text;
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.Invoke(
            () => { for (var i = 0; i < 40; i++) repairer.Learn($"Projekt nummer {i} i Västansjöbygden får stöd av regionen."); },
            () => { for (var i = 0; i < 40; i++) results.Add(repairer.Repair(damaged).Text); },
            () => { for (var i = 0; i < 40; i++) results.Add(repairer.Repair(damaged).Text); });
        Assert.That(results, Has.All.EqualTo(expected));
        Assert.That(repairer.Repair("Stodet gar till Vastansjobygden.").Text, Is.EqualTo("Stödet går till Västansjöbygden."));
    }
}
