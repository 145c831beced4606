using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer passages</c>: the passages of the store, as JSON lines or a table.</summary>
public sealed class PassagesCommand : ICommandDefinition
{
    private static readonly JsonSerializerOptions JsonLines = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var document = new Option<string?>("--document") { Description = "Only this document (its id or file name)." };
        var format = new Option<string>("--format") { Description = "jsonl (one JSON object per line) or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("passages", "List passages with document, region, pages, heading, source and text.") { db, document, format };
        command.SetAction(parse =>
        {
            var path = CommonOptions.ResolveDb(parse.GetValue(db));
            if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer ingest <files>` first or name one with --db");
            using var store = PipelineRunner.OpenStore(path);
            string? documentId = null;
            if (parse.GetValue(document) is { } wanted)
            {
                var match = store.GetDocuments().FirstOrDefault(d => d.Id == wanted || string.Equals(d.FileName, wanted, StringComparison.Ordinal))
                    ?? throw new UserErrorException($"no document '{wanted}' in {path} (give its id or file name; `strategyminer status` lists them)");
                documentId = match.Id;
            }
            var passages = store.GetPassages(documentId);
            if (parse.GetValue(format) == "table")
            {
                var table = new Table().Border(TableBorder.Simple).AddColumn("Dokument").AddColumn("Sid").AddColumn("Rubrik").AddColumn("Källa").AddColumn("Text");
                foreach (var p in passages)
                    table.AddRow(Markup.Escape(p.FileName), string.Join("–", p.Pages.Distinct()), Markup.Escape(p.Heading), p.Source, Markup.Escape(p.Text.Length > 160 ? p.Text[..160] + "…" : p.Text));
                AnsiConsole.Write(table);
            }
            else
            {
                var output = Console.Out;
                foreach (var p in passages)
                    output.WriteLine(JsonSerializer.Serialize(new { id = p.Id, document = p.FileName, region = p.Region, pages = p.Pages, heading = p.Heading, source = p.Source, text = p.Text }, JsonLines));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
