using System.CommandLine;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer run</c>: the analysts' main job, PDFs to coded evidence.</summary>
public sealed class RunCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "PDF files or folders (default: corpus/samples)", Arity = ArgumentArity.ZeroOrMore };
        var db = CommonOptions.Db();
        var coder = new Option<string>("--coder") { Description = "Which coder codes the passages: local (default, no network), llm, or both.", DefaultValueFactory = _ => "local" };
        coder.AcceptOnlyFromAmong("local", "llm", "both");
        var region = new Option<string?>("--region") { Description = "Region to attach when a file name does not reveal it." };
        var maxPages = CommonOptions.MaxPages();
        var command = new Command("run", "Ingest → OCR where needed → repair where needed → passages → coding, then a summary. Resumable: run it again after an interruption.")
        {
            inputs, db, coder, region, maxPages,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(inputs) is { Length: > 0 } given ? given : ["corpus/samples"];
            return PipelineRunner.Execute(paths, CommonOptions.ResolveDb(parse.GetValue(db)), parse.GetValue(region), parse.GetValue(coder)!, codePassages: true, parse.GetValue(maxPages));
        });
        return command;
    }
}
