using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using StrategyMiner.Cli.Output;
using StrategyMiner.Corpus;
using StrategyMiner.Pipeline;
using StrategyMiner.Store;

namespace StrategyMiner.Cli;

/// <summary>Runs the pipeline for <c>run</c> and <c>ingest</c> and prints the summary.</summary>
internal static class PipelineRunner
{
    public static int Execute(IReadOnlyList<string> inputs, string dbPath, string? region, string? coder, bool codePassages, int maxPages)
    {
        if (region is not null && StrategyCatalog.Default.ForRegion(region) is null)
            Console.Error.WriteLine($"warning: '{region}' is not one of the 21 regions in corpus/strategies.csv; it is stored as given.");
        using var store = OpenStore(dbPath);
        var pipeline = DefaultPipeline.Create(store, codePassages ? coder : null, maxPages);

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        var clock = Stopwatch.StartNew();
        RunSummary summary;
        var options = new RunOptions { Region = region };
        if (Interactive)
        {
            RunSummary? result = null;
            AnsiConsole.Progress().AutoClear(false).HideCompleted(false).Columns(ConsoleRunProgress.Columns()).Start(ctx =>
            {
                var progress = new ConsoleRunProgress(ctx);
                result = pipeline.Run(inputs, store, options, progress, cts.Token);
                progress.Finish();
            });
            summary = result!;
        }
        else
        {
            summary = pipeline.Run(inputs, store, options, new PlainRunProgress(Console.Out), cts.Token);
        }
        RunSummaryPrinter.Print(summary, store, clock.Elapsed, dbPath);
        return summary.Failures.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    public static EvidenceStore OpenStore(string dbPath)
    {
        try
        {
            return EvidenceStore.Open(dbPath);
        }
        catch (StoreException ex)
        {
            throw new UserErrorException(ex.Message);
        }
    }

    /// <summary>True when standard output is a terminal that can show live progress.</summary>
    public static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
        && Environment.GetEnvironmentVariable("CI") is null;

    public static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
