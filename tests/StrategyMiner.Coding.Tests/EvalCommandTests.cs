using System.CommandLine;
using System.Text.Json;
using StrategyMiner.Cli;
using StrategyMiner.Cli.Commands;
using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

/// <summary>The eval command run in-process, as the CLI runs it, on small labels files.</summary>
public sealed class EvalCommandTests
{
    private string _folder = "";
    private string _model = "";

    [OneTimeSetUp]
    public void SaveSharedModel()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sm-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _model = Path.Combine(_folder, "model.zip");
        SharedModel.Trained.Save(_model);
    }

    [OneTimeTearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Output, string Error) Eval(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new EvalCommand().Build();
        var root = new RootCommand { command };
        int exit;
        try
        {
            exit = root.Parse(["eval", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            exit = ex.ExitCode;
        }
        return (exit, output.ToString(), error.ToString());
    }

    private string Labels(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Test]
    public void JsonOutputIsOneObjectWithTheAgreedShapeAndTheRightFigures()
    {
        var file = Labels("tiny.jsonl",
            """{"id": "a", "text": "Strategin genomförs genom fyra handlingsplaner som revideras vart tredje år.", "themes": ["T1"], "dims": []}""",
            """{"id": "b", "text": "Foto: Åsa Öberg. Tryck: Elanders 2025.", "themes": [], "dims": []}""",
            """{"id": "c", "text": "Länet ska vara fossilfritt 2045 – transporterna ska elektrifieras och energin vara förnybar.", "themes": [], "dims": ["MIL"]}""");

        var (exit, output, error) = Eval("--labels", file, "--json", "--model", _model);

        Assert.That(exit, Is.EqualTo(0), error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "themes", "dims" }));
        foreach (var group in new[] { "themes", "dims" })
        {
            Assert.That(root.GetProperty(group).EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "micro_f1", "macro_f1", "per_code" }));
            foreach (var code in root.GetProperty(group).GetProperty("per_code").EnumerateObject())
                Assert.That(code.Value.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "precision", "recall", "f1", "support" }), code.Name);
        }
        Assert.That(root.GetProperty("themes").GetProperty("per_code").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9" }));
        Assert.That(root.GetProperty("dims").GetProperty("per_code").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "EKO", "SOC", "MIL" }));

        // The figures are those of the model's own predictions on the three passages.
        var gold = LabelFile.Read(file);
        var expected = MultiLabelEvaluator.Evaluate(gold, SharedModel.Coder.CodeTexts(gold.Select(g => g.Text).ToList())
            .Select(s => (IReadOnlyCollection<string>)s.Select(x => x.Code).ToHashSet()).ToList());
        Assert.That(output.Trim(), Is.EqualTo(expected.ToJson()));
        Assert.That(root.GetProperty("themes").GetProperty("per_code").GetProperty("T1").GetProperty("support").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("themes").GetProperty("per_code").GetProperty("T1").GetProperty("recall").GetDouble(), Is.EqualTo(1.0));
        Assert.That(root.GetProperty("dims").GetProperty("per_code").GetProperty("MIL").GetProperty("f1").GetDouble(), Is.EqualTo(1.0));
    }

    [Test]
    public void TableOutputNamesEveryCodeAndTheAverages()
    {
        var file = Labels("table.jsonl", """{"id": "a", "text": "Det regionala partnerskapet samlar kommunerna och länsstyrelsen.", "themes": ["T3"], "dims": []}""");
        var (exit, output, _) = Eval("--labels", file, "--model", _model);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("Teman").And.Contain("Dimensioner").And.Contain("T9").And.Contain("MIL").And.Contain("macro").And.Contain("micro"));
    }

    [Test]
    public void BadLabelsLineIsNamedAndNothingIsPrintedOnStandardOutput()
    {
        var file = Labels("bad.jsonl",
            """{"id": "a", "text": "En text.", "themes": [], "dims": []}""",
            """{"id": "b", "text": "En annan text.", "themes": ["T11"], "dims": []}""");
        var (exit, output, error) = Eval("--labels", file, "--json", "--model", _model);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(output, Is.Empty);
        Assert.That(error.Trim(), Does.StartWith($"error: {file}:2: unknown code \"T11\" in \"themes\""));
    }

    [Test]
    public void MissingLabelsFileIsAClearError()
    {
        var missing = Path.Combine(_folder, "saknas.jsonl");
        var (exit, _, error) = Eval("--labels", missing, "--json", "--model", _model);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error.Trim(), Is.EqualTo($"error: labels file {missing} does not exist"));
    }
}
