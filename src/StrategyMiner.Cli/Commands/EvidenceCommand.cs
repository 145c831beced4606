using System.CommandLine;
using StrategyMiner.Codebook;
using StrategyMiner.Export;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer evidence</c>: quick look-up of approved passages with citations, to paste into a
/// text (”citat” (Region X, Titel, s. N)) or as JSON. Exit 0 also when nothing matches (the message
/// says why on standard error); 2 for an unknown code, dimension, region or format.
/// </summary>
public sealed class EvidenceCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var code = new Option<string?>("--code") { Description = "Only passages with this code (T1–T9, EKO, SOC, MIL)." };
        var dimension = new Option<string?>("--dimension") { Description = "Only passages with this dimension (EKO, SOC, MIL)." };
        var region = new Option<string?>("--region") { Description = "Only this region (\"Dalarna\", \"Region Dalarna\" and \"dalarna\" all work)." };
        var format = new Option<string>("--format") { Description = "text (quote and citation) or json.", DefaultValueFactory = _ => "text" };
        var includePending = new Option<bool>("--include-pending") { Description = "Also passages nobody has reviewed yet, marked [EJ GRANSKAD]." };
        var command = new Command("evidence", "Approved passages with citations, filtered by code, dimension and region.") { db, code, dimension, region, format, includePending };
        command.SetAction(parse =>
        {
            var codebook = CodebookDefinition.Default;
            var shape = Checked(() => ExportArguments.Choose("--format", parse.GetValue(format), "text", "json"));
            var codeId = parse.GetValue(code) is { } c ? Checked(() => ExportArguments.ParseCode(c, codebook)) : null;
            var dimensionId = parse.GetValue(dimension) is { } d ? Checked(() => ExportArguments.ParseDimension(d, codebook)) : null;

            var path = CommonOptions.ResolveDb(parse.GetValue(db));
            if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer ingest <files>` first or name one with --db");
            using var store = PipelineRunner.OpenStore(path);
            var regions = store.GetDocuments().Where(doc => doc.Status == "complete").Select(doc => doc.Region ?? doc.FileName).Distinct(StringComparer.Ordinal).ToList();
            var regionName = parse.GetValue(region) is { } r ? Checked(() => ExportArguments.ResolveRegion(r, regions)) : null;

            var filter = new EvidenceStore.EvidenceFilter { Code = codeId, Dimension = dimensionId, Region = regionName, IncludePending = parse.GetValue(includePending) };
            var evidence = EvidenceSet.Load(store, filter);
            if (evidence.Items.Count == 0)
            {
                var any = store.GetEvidence(new EvidenceStore.EvidenceFilter { IncludePending = filter.IncludePending }).Count > 0;
                var asked = string.Join(" ", new[] { ("--code", codeId), ("--dimension", dimensionId), ("--region", regionName) }.Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {x.Item2}"));
                Console.Error.WriteLine(any ? $"no approved evidence matches {asked}" : evidence.NothingToExportMessage);
            }
            using var stdout = Console.OpenStandardOutput();
            new EvidenceListExporter(shape == "json" ? EvidenceListFormat.Json : EvidenceListFormat.Text).Export(evidence, stdout);
            return ExitCodes.Ok;
        });
        return command;
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
