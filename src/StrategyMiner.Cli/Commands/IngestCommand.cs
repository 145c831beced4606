using System.CommandLine;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer ingest</c>: PDFs to stored pages and passages, without coding.</summary>
public sealed class IngestCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "PDF files or folders", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var region = new Option<string?>("--region") { Description = "Region to attach when a file name does not reveal it (e.g. \"Jämtland Härjedalen\")." };
        var maxPages = CommonOptions.MaxPages();
        var command = new Command("ingest", "Read PDFs (OCR and repair where needed) into passages in the store. Ingesting the same file twice does nothing.")
        {
            inputs, db, region, maxPages,
        };
        command.SetAction(parse => PipelineRunner.Execute(parse.GetValue(inputs)!, CommonOptions.ResolveDb(parse.GetValue(db)), parse.GetValue(region), coder: null, codePassages: false, parse.GetValue(maxPages)));
        return command;
    }
}
