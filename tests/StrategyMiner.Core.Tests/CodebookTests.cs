using StrategyMiner.Codebook;

namespace StrategyMiner.Core.Tests;

public class CodebookTests
{
    [Test]
    public void The_codebook_has_exactly_the_nine_themes_and_three_dimensions()
    {
        var codebook = CodebookDefinition.Default;
        Assert.That(codebook.Themes.Select(c => c.Id), Is.EqualTo(new[] { "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9" }));
        Assert.That(codebook.Dimensions.Select(c => c.Id), Is.EqualTo(new[] { "EKO", "SOC", "MIL" }));
        Assert.That(codebook.Codes.All(c => c.Name.Length > 0 && c.Question.Length > 0 && c.Definition.Length > 0), Is.True);
        Assert.That(codebook["T6"].Name, Does.Contain("Territoriella"));
    }

    [Test]
    public void An_unknown_code_is_named_in_the_error() =>
        Assert.That(() => CodebookDefinition.Default["T10"], Throws.InstanceOf<KeyNotFoundException>().With.Message.Contains("'T10'"));
}
