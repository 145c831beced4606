using System.CommandLine;
using StrategyMiner.Cli;
using StrategyMiner.Cli.Commands;

namespace StrategyMiner.Cli.Tests;

/// <summary><c>strategyminer repair</c> through its real command definition.</summary>
public class RepairCommandTests
{
    private static (int Exit, string Output) Run(RepairCommand definition, params string[] args)
    {
        var root = new RootCommand { definition.Build() };
        var output = new StringWriter();
        var exit = root.Parse(["repair", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter(), EnableDefaultExceptionHandler = false });
        return (exit, output.ToString());
    }

    [Test]
    public void RepairsStandardInputAndKeepsItsLines()
    {
        const string input = "Regionen ska framja samverkan\n\nmellan kommunerna i lanet.\n";
        var (exit, output) = Run(new RepairCommand(new StringReader(input)), "-");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo("Regionen ska främja samverkan\n\nmellan kommunerna i länet.\n"));
    }

    [Test]
    public void RepairsAFileAndListsChangesOnRequest()
    {
        var path = Path.Combine(Path.GetTempPath(), "sm-repair-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "Vi vill 6ka stödet.");
        try
        {
            var (exit, output) = Run(new RepairCommand(), path);
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo("Vi vill öka stödet."));

            var (_, changes) = Run(new RepairCommand(), path, "--changes");
            Assert.That(changes, Does.Match(@"^8\t6ka → öka\t\d+\.\d\d\n$"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void MissingFileIsAUserError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sm-no-such-" + Guid.NewGuid().ToString("N") + ".txt");
        var error = Assert.Throws<UserErrorException>(() => Run(new RepairCommand(), missing));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo($"no such file: {missing}"));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        });
    }
}
