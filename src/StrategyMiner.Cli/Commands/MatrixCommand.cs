using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StrategyMiner.Codebook;
using StrategyMiner.Export;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer matrix</c>: region × code counts of passages, approved (default) or suggested
/// by the AI coders whatever the review said; as a table, CSV or JSON. Always exit 0 when the store
/// opens (an empty matrix is an answer), 2 for bad options.
/// </summary>
public sealed class MatrixCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var status = new Option<string>("--status") { Description = "approved (reviewed evidence) or suggested (AI-coded, any review status).", DefaultValueFactory = _ => "approved" };
        var format = new Option<string>("--format") { Description = "table, csv or json.", DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--out") { Description = "Write csv or json to this file instead of standard output (CSV files get a BOM for Excel)." };
        var command = new Command("matrix", "Region × code coverage: how many passages of each region carry each code.") { db, status, format, output };
        command.SetAction(parse =>
        {
            var basis = Checked(() => ExportArguments.Choose("--status", parse.GetValue(status), "approved", "suggested"));
            var shape = Checked(() => ExportArguments.Choose("--format", parse.GetValue(format), "table", "csv", "json"));
            var target = parse.GetValue(output) is { } o ? Checked(() => ExportArguments.ResolveOutput(o)) : null;
            if (target is not null && shape == "table") throw new UserErrorException("--out needs --format csv or json; the table is for the terminal");

            var path = CommonOptions.ResolveDb(parse.GetValue(db));
            if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer ingest <files>` first or name one with --db");
            using var store = PipelineRunner.OpenStore(path);
            var evidence = EvidenceSet.Load(store, new EvidenceStore.EvidenceFilter());
            var items = basis == "suggested" ? store.GetSuggestedPassages() : evidence.Items;
            var matrix = CoverageMatrix.Build(items, evidence.Regions, CodebookDefinition.Default);
            if (items.Count == 0)
                Console.Error.WriteLine(basis == "suggested" ? "no AI-coded passages yet; run `strategyminer run` first" : evidence.NothingToExportMessage);

            if (shape == "table")
            {
                WriteTable(matrix, basis);
                return ExitCodes.Ok;
            }
            using (var stream = target is null ? Console.OpenStandardOutput() : File.Create(target))
            {
                if (shape == "json") matrix.WriteJson(stream);
                else matrix.WriteCsv(stream, byteOrderMark: target is not null);
            }
            if (target is not null) Console.WriteLine($"wrote {target}: {matrix.Regions.Count} regions × {matrix.Codes.Count} codes");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(CoverageMatrix matrix, string basis)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(basis == "suggested" ? "AI-förslag: passager per region och kod" : "Godkända passager per region och kod")
            .AddColumn("Region");
        foreach (var code in matrix.Codes) table.AddColumn(new TableColumn(code).RightAligned());
        foreach (var region in matrix.Regions)
        {
            var cells = matrix.Codes.Select(c => matrix[region, c] is var n && n == 0 ? "[grey]0[/]" : n.ToString(CultureInfo.InvariantCulture));
            table.AddRow([Markup.Escape(region), .. cells]);
        }
        AnsiConsole.Write(table);
    }

    private static T Checked<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (ExportException ex)
        {
            throw new UserErrorException(ex.Message);
        }
    }
}
