using System.CommandLine;
using StrategyMiner.Codebook;
using StrategyMiner.Export;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer export csv|report|qdpx</c>: approved evidence with citations for report writers
/// (see docs/export.md). Exit 0 when written; 1 with an honest message and no file when there is no
/// approved evidence yet; 2 for bad options.
/// </summary>
public sealed class ExportCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var command = new Command("export", "Export approved evidence with citations: csv (Excel), report (by question, md or html), qdpx (REFI-QDA for NVivo, ATLAS.ti, MAXQDA).");
        command.Subcommands.Add(Sub("csv", "One row per approved passage and code, UTF-8 with BOM and semicolons for Excel.", "evidens.csv", withFormat: false,
            _ => new CsvEvidenceExporter(), (set, path) => $"{CsvRows(set)} rows ({set.Items.Count} passages)"));
        command.Subcommands.Add(Sub("report", "The report by question T1–T9 and dimension, with region lists and a coverage matrix.", "rapport.md", withFormat: true,
            format => new ReportExporter(format == "html" ? ReportFormat.Html : ReportFormat.Markdown), (set, _) => $"{set.Items.Count} passages"));
        command.Subcommands.Add(Sub("qdpx", "A REFI-QDA project: the strategies as text sources, the codebook as codes, reviewers' and AI coders' codings.", "strategyminer.qdpx", withFormat: false,
            _ => new QdpxExporter(), (set, _) => $"{set.Documents.Count} sources, {set.Items.Count} coded passages"));
        return command;
    }

    private static Command Sub(string name, string description, string defaultOut, bool withFormat, Func<string, IEvidenceExporter> exporter, Func<EvidenceSet, string, string> summary)
    {
        var db = CommonOptions.Db();
        var output = new Option<string?>("--out") { Description = $"The file to write (default: {defaultOut}, or rapport.html with --format html, in the working folder)." };
        var includePending = new Option<bool>("--include-pending") { Description = "Also export passages nobody has reviewed yet, marked EJ GRANSKAD in every row or paragraph." };
        var format = new Option<string>("--format") { Description = "md or html (one self-contained file).", DefaultValueFactory = _ => "md" };
        var command = new Command(name, description) { db, output, includePending };
        if (withFormat) command.Options.Add(format);
        command.SetAction(parse =>
        {
            var chosen = withFormat ? Checked(() => ExportArguments.Choose("--format", parse.GetValue(format), "md", "html")) : "";
            var fallback = withFormat && chosen == "html" ? "rapport.html" : defaultOut;
            var target = Checked(() => ExportArguments.ResolveOutput(parse.GetValue(output) ?? fallback));
            using var store = Open(parse.GetValue(db));
            var evidence = EvidenceSet.Load(store, new EvidenceStore.EvidenceFilter { IncludePending = parse.GetValue(includePending) });
            if (evidence.Items.Count == 0)
            {
                Console.Error.WriteLine($"{evidence.NothingToExportMessage}; nothing written");
                return ExitCodes.SomeInputsFailed;
            }
            // Written next to the target and moved into place, so a failed export never leaves half a file or destroys the previous one.
            var temp = target + ".tmp-" + Environment.ProcessId;
            try
            {
                using (var stream = File.Create(temp))
                    exporter(chosen).Export(evidence, stream);
                File.Move(temp, target, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"cannot write {target}: {ex.Message}");
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            var pending = evidence.Items.Count(i => i.IsPending);
            Console.WriteLine($"wrote {target}: {summary(evidence, target)}{(pending > 0 ? $", {pending} of them EJ GRANSKAD (pending review)" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int CsvRows(EvidenceSet set) =>
        set.Items.Sum(i => Math.Max(1, i.Codes.Count(c => set.Codebook.Contains(c) && set.Codebook[c].Kind == CodeKind.Theme)));

    private static EvidenceStore Open(FileInfo? db)
    {
        var path = CommonOptions.ResolveDb(db);
        if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer ingest <files>` first or name one with --db");
        return PipelineRunner.OpenStore(path);
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
