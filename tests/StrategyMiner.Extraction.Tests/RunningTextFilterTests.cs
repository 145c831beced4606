namespace StrategyMiner.Extraction.Tests;

public class RunningTextFilterTests
{
    [TestCase("Sida 3", "Sida 14")]
    [TestCase("Dalastrategin 2030 · Region Dalarna", "Dalastrategin 2030 · Region Dalarna")]
    [TestCase("Regional utvecklingsstrategi för Västra Götaland", "Regional utvecklingsstrategi for Vastra Gotaland")]
    [TestCase("3 | Dalastrategin", "12 | DALASTRATEGIN")]
    public void Key_matches_the_same_running_line_on_different_pages(string one, string other) =>
        Assert.That(RunningTextFilter.Key(one), Is.EqualTo(RunningTextFilter.Key(other)));

    [TestCase("1 Inledning", "2 Genomförande")]
    [TestCase("Sida 3", "Kapitel 3")]
    public void Key_keeps_different_lines_apart(string one, string other) =>
        Assert.That(RunningTextFilter.Key(one), Is.Not.EqualTo(RunningTextFilter.Key(other)));

    [TestCase("7")]
    [TestCase("– 7 –")]
    [TestCase("Sida 7")]
    [TestCase("s. 7")]
    [TestCase("7 (70)")]
    [TestCase("7/70")]
    [TestCase("7 av 70")]
    [TestCase("Page 7 of 70")]
    [TestCase("xii")]
    public void A_lone_page_number_is_recognised(string text) =>
        Assert.That(RunningTextFilter.IsPageNumber(text), Is.True);

    [TestCase("2030 års mål")]
    [TestCase("Vision 2030")]
    [TestCase("civil")]
    [TestCase("7 procent")]
    public void Text_with_words_is_not_a_page_number(string text) =>
        Assert.That(RunningTextFilter.IsPageNumber(text), Is.False);
}
