using System.Text.Json;
using StrategyMiner.Codebook;
using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

public sealed class EvaluationTests
{
    private static readonly LabeledPassage[] Gold =
    [
        new("1", "a", ["T1", "T3"], ["EKO"]),
        new("2", "b", ["T1"], []),
        new("3", "c", [], ["SOC"]),
        new("4", "d", ["T2"], ["EKO", "MIL"]),
    ];

    private static EvaluationReport Report() => MultiLabelEvaluator.Evaluate(Gold,
    [
        new[] { "T1", "EKO" },          // misses T3
        new[] { "T1", "T2" },           // T2 is wrong
        new[] { "SOC" },
        new[] { "T2", "EKO" },          // misses MIL
    ]);

    [Test]
    public void CountsTruePositivesFalsePositivesAndMissesPerCode()
    {
        var r = Report();
        Assert.That(r.Themes["T1"], Is.EqualTo(new CodeMetrics(2, 0, 0)));
        Assert.That(r.Themes["T2"], Is.EqualTo(new CodeMetrics(1, 1, 0)));
        Assert.That(r.Themes["T3"], Is.EqualTo(new CodeMetrics(0, 0, 1)));
        Assert.That(r.Themes["T2"].Precision, Is.EqualTo(0.5));
        Assert.That(r.Themes["T2"].F1, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That(r.Dims["MIL"].Recall, Is.EqualTo(0));
    }

    [Test]
    public void MicroPoolsDecisionsAndMacroAveragesCodesThatOccurOrWerePredicted()
    {
        var r = Report();
        // themes: TP 3, FP 1, FN 1 → micro F1 = 6 / 8; macro over T1 (1), T2 (2/3), T3 (0); T4–T9 never occur nor predicted.
        Assert.That(r.Themes.MicroF1, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(r.Themes.MacroF1, Is.EqualTo((1 + 2.0 / 3 + 0) / 3).Within(1e-12));
        // dims: EKO 1, SOC 1, MIL 0.
        Assert.That(r.Dims.MacroF1, Is.EqualTo(2.0 / 3).Within(1e-12));
    }

    [Test]
    public void JsonHasTheAgreedShapeWithEveryCode()
    {
        using var doc = JsonDocument.Parse(Report().ToJson());
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "themes", "dims" }));
        var themes = root.GetProperty("themes");
        Assert.That(themes.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "micro_f1", "macro_f1", "per_code" }));
        Assert.That(themes.GetProperty("per_code").EnumerateObject().Select(p => p.Name), Is.EqualTo(CodebookDefinition.Default.Themes.Select(c => c.Id)));
        Assert.That(root.GetProperty("dims").GetProperty("per_code").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "EKO", "SOC", "MIL" }));
        var t2 = themes.GetProperty("per_code").GetProperty("T2");
        Assert.That(t2.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "precision", "recall", "f1", "support" }));
        Assert.That(t2.GetProperty("precision").GetDouble(), Is.EqualTo(0.5));
        Assert.That(t2.GetProperty("f1").GetDouble(), Is.EqualTo(0.6667));
        Assert.That(t2.GetProperty("support").GetInt32(), Is.EqualTo(1));
        Assert.That(themes.GetProperty("micro_f1").GetDouble(), Is.EqualTo(0.75));
    }

    [Test]
    public void ResultsAreMatchedToGoldById()
    {
        var results = new List<CodingResult>
        {
            new("4", [new CodeSuggestion("T2", 0.8), new CodeSuggestion("EKO", 0.7), new CodeSuggestion("MIL", 0.6)]),
            new("1", [new CodeSuggestion("T1", 0.8), new CodeSuggestion("T3", 0.8), new CodeSuggestion("EKO", 0.9)]),
        };
        var r = MultiLabelEvaluator.Evaluate(Gold, results);
        Assert.That(r.Themes["T1"], Is.EqualTo(new CodeMetrics(1, 0, 1)), "passage 2 has no result: its T1 is missed");
        Assert.That(r.Dims["SOC"], Is.EqualTo(new CodeMetrics(0, 0, 1)));
        Assert.That(r.Dims["MIL"], Is.EqualTo(new CodeMetrics(1, 0, 0)));
    }
}
