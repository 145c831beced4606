using System.CommandLine;
using Spectre.Console;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer status</c>: what the store holds.</summary>
public sealed class StatusCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var command = new Command("status", "Documents, pages by source, passages, coded and pending review.") { db };
        command.SetAction(parse =>
        {
            var path = CommonOptions.ResolveDb(parse.GetValue(db));
            if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer ingest <files>` first or name one with --db");
            using var store = PipelineRunner.OpenStore(path);
            var s = store.GetStatus();
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(path)).AddColumn("").AddColumn(new TableColumn("Antal").RightAligned());
            void Row(string label, object value) => table.AddRow(label, Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
            Row("Dokument", s.Documents);
            if (s.DocumentsInProgress > 0) Row("Dokument påbörjade (återupptas vid nästa körning)", s.DocumentsInProgress);
            if (s.Superseded > 0) Row("Ersatta versioner", s.Superseded);
            Row("Sidor: textlager", s.PagesBySource.GetValueOrDefault("text"));
            Row("Sidor: OCR", s.PagesBySource.GetValueOrDefault("ocr"));
            Row("Sidor: reparerade", s.PagesBySource.GetValueOrDefault("repaired"));
            Row("Sidor: tomma / misslyckade", $"{s.BlankPages} / {s.FailedPages}");
            Row("Passager", s.Passages);
            Row("Kodade passager", s.CodedPassages);
            Row("Passager med kodförslag", s.PassagesWithSuggestions);
            Row("Väntar på granskning", s.PendingReview);
            Row("Godkända", s.Approved);
            Row("Avvisade", s.Rejected);
            if (s.Failures > 0) Row("Filer som inte kunde läsas", s.Failures);
            AnsiConsole.Write(table);
            foreach (var (file, reason) in store.GetFailures()) AnsiConsole.MarkupLine($"[red]{Markup.Escape(file)}: {Markup.Escape(reason)}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
