using StrategyMiner.Codebook;

namespace StrategyMiner.Export.Tests;

public sealed class ExportArgumentsTests
{
    private static readonly string[] Regions = ["Dalarna", "Västra Götaland", "Örebro", "Östergötland"];

    [TestCase("t6", "T6")]
    [TestCase(" EKO ", "EKO")]
    [TestCase("T1", "T1")]
    public void CodesAreAcceptedInAnyCase(string input, string expected) =>
        Assert.That(ExportArguments.ParseCode(input, CodebookDefinition.Default), Is.EqualTo(expected));

    [TestCase("soc", "SOC")]
    [TestCase("Mil", "MIL")]
    public void DimensionsAreAcceptedInAnyCase(string input, string expected) =>
        Assert.That(ExportArguments.ParseDimension(input, CodebookDefinition.Default), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> Errors()
    {
        yield return new TestCaseData(() => ExportArguments.ParseCode("T10", CodebookDefinition.Default),
            "unknown --code 'T10'; use T1, T2, T3, T4, T5, T6, T7, T8, T9, EKO, SOC or MIL").SetName("unknown code");
        yield return new TestCaseData(() => ExportArguments.ParseDimension("T6", CodebookDefinition.Default),
            "unknown --dimension 'T6'; use EKO, SOC or MIL").SetName("a theme is not a dimension");
        yield return new TestCaseData(() => ExportArguments.Choose("--format", "pdf", "md", "html"),
            "unknown --format 'pdf'; use md or html").SetName("unknown report format");
        yield return new TestCaseData(() => ExportArguments.Choose("--status", "maybe", "approved", "suggested"),
            "unknown --status 'maybe'; use approved or suggested").SetName("unknown matrix status");
        yield return new TestCaseData(() => ExportArguments.ResolveRegion("Lappland", Regions),
            "no region 'Lappland' in the store; regions: Dalarna, Västra Götaland, Örebro, Östergötland").SetName("unknown region");
        yield return new TestCaseData(() => ExportArguments.ResolveRegion("Dalarna", Array.Empty<string>()),
            "no region 'Dalarna': the store has no documents yet").SetName("region in an empty store");
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"));
        yield return new TestCaseData(() => ExportArguments.ResolveOutput(Path.Combine(missing, "evidens.csv")),
            $"cannot write {Path.Combine(missing, "evidens.csv")}: folder {missing} does not exist").SetName("--out into a missing folder");
        yield return new TestCaseData(() => ExportArguments.ResolveOutput(Path.GetTempPath()),
            $"--out {Path.GetTempPath()} is a folder; give a file name, e.g. {Path.Combine(Path.GetTempPath(), "evidens.csv")}").SetName("--out is a folder");
    }

    [TestCaseSource(nameof(Errors))]
    public void BadArgumentsFailWithOneClearLine(Func<string> call, string message)
    {
        var ex = Assert.Throws<ExportException>(() => call());
        Assert.That(ex!.Message, Is.EqualTo(message));
        Assert.That(ex.Message, Does.Not.Contain("\n"));
    }

    [TestCase("Dalarna", "Dalarna")]
    [TestCase("Region Dalarna", "Dalarna")]
    [TestCase("dalarna", "Dalarna")]
    [TestCase("Vastra Gotaland", "Västra Götaland")]
    [TestCase("OREBRO", "Örebro")]
    [TestCase("region östergötland", "Östergötland")]
    public void RegionsAreFoundWithoutCaseAccentsOrTheWordRegion(string input, string expected) =>
        Assert.That(ExportArguments.ResolveRegion(input, Regions), Is.EqualTo(expected));

    [Test]
    public void AnOutputFileInAnExistingFolderResolvesToItsFullPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "evidens.csv");
        Assert.That(ExportArguments.ResolveOutput(path), Is.EqualTo(Path.GetFullPath(path)));
    }
}
