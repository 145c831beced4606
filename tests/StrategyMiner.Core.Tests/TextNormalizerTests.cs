using StrategyMiner.Text;

namespace StrategyMiner.Core.Tests;

public class TextNormalizerTests
{
    [Test]
    public void Typographic_quotes_dashes_case_and_whitespace_do_not_change_the_normal_form()
    {
        var a = TextNormalizer.Normalize("Regionen ”ska” stärka   samverkan – även i Härjedalen’s fjäll.");
        var b = TextNormalizer.Normalize("regionen \"ska\" stärka samverkan - även i härjedalen's fjäll.");
        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void Diacritics_are_kept_because_for_and_för_are_different_words() =>
        Assert.That(TextNormalizer.Normalize("för"), Is.Not.EqualTo(TextNormalizer.Normalize("for")));

    [Test]
    public void Decomposed_and_precomposed_å_normalise_to_the_same_text() =>
        Assert.That(TextNormalizer.Normalize("a\u030Ar"), Is.EqualTo(TextNormalizer.Normalize("år")));

    [Test]
    public void Hashes_are_stable_and_depend_on_every_part()
    {
        Assert.That(TextNormalizer.Hash(16, "dalarna.pdf", "text"), Is.EqualTo(TextNormalizer.Hash(16, "dalarna.pdf", "text")).And.Length.EqualTo(16));
        Assert.That(TextNormalizer.Hash(16, "dalarna.pdf", "text"), Is.Not.EqualTo(TextNormalizer.Hash(16, "gotland.pdf", "text")));
        Assert.That(TextNormalizer.Hash(16, "ab", "c"), Is.Not.EqualTo(TextNormalizer.Hash(16, "a", "bc")));
    }
}
