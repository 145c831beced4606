using System.CommandLine;
using System.Reflection;
using System.Text;
using StrategyMiner.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
// Into a file or a pipe, Spectre would wrap at 80 columns: a log and grep want one line per item.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 4096;

var root = new RootCommand("StrategyMiner: code Swedish regional development strategies (RUS) against the nine questions and three sustainability dimensions.");
foreach (var type in typeof(ICommandDefinition).Assembly.GetTypes()
             .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommandDefinition).IsAssignableFrom(t))
             .OrderBy(t => t.Name, StringComparer.Ordinal))
{
    var definition = (ICommandDefinition)Activator.CreateInstance(type)!;
    root.Subcommands.Add(definition.Build());
}

try
{
    var parse = root.Parse(args);
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UserErrorException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ex.ExitCode;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("error: cancelled; everything committed so far is kept, run again to resume.");
    return 130;
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("STRATEGYMINER_DEBUG") is null)
{
    Console.Error.WriteLine($"error: {ex.GetType().Name}: {ex.Message} (set STRATEGYMINER_DEBUG=1 for details)");
    return ExitCodes.InternalError;
}
