using System.CommandLine;
using StrategyMiner.Samples;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer samples</c>: regenerates the bundled sample corpus.</summary>
public sealed class SamplesCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the sample PDFs into.", DefaultValueFactory = _ => new DirectoryInfo("corpus/samples") };
        var command = new Command("samples", "Write the sample strategy PDFs (digital two-column pages, a scanned page, a page without å/ä/ö, a whole scanned document).") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!.FullName;
            foreach (var path in SampleCorpus.Write(folder)) Console.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}
