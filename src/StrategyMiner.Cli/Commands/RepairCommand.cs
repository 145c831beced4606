using System.CommandLine;
using System.Globalization;
using System.Text;
using StrategyMiner.Repair;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer repair FILE|-</c>: the OCR repair stage on its own. Prints the repaired text with
/// exactly the input's lines (breaks and blank lines kept), or with <c>--changes</c> the edits instead.
/// </summary>
public sealed class RepairCommand : ICommandDefinition
{
    private readonly TextReader? _input;

    /// <summary>Reads "-" from the console's standard input.</summary>
    public RepairCommand() { }

    /// <summary>Reads "-" from <paramref name="input"/> (tests).</summary>
    public RepairCommand(TextReader input) => _input = input;

    /// <inheritdoc />
    public Command Build()
    {
        var file = new Argument<string>("file") { Description = "Text to repair (UTF-8), or - for standard input." };
        var changes = new Option<bool>("--changes")
        {
            Description = "Print the edits instead of the text: offset in the input, before → after, score (ln likelihood margin), one per line.",
        };
        var command = new Command("repair", "Repair Swedish OCR text that lost å/ä/ö or picked up OCR confusions; the line structure is kept.") { file, changes };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var text = Read(path);
            var repairer = SwedishRepairer.CreateDefault();
            var result = repairer.Repair(text);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(changes))
            {
                foreach (var change in result.Changes)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{change.Position}\t{change.Before} → {change.After}\t{change.Score:0.00}"));
            }
            else
            {
                output.Write(result.Text);
            }
            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private string Read(string path)
    {
        if (path == "-") return (_input ?? Console.In).ReadToEnd();
        if (Directory.Exists(path)) throw new UserErrorException($"{path} is a folder; give a text file or - for standard input");
        if (!File.Exists(path)) throw new UserErrorException($"no such file: {path}");
        try
        {
            return File.ReadAllText(path, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot read {path}: {e.Message}");
        }
    }
}
