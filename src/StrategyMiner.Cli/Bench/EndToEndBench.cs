using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using StrategyMiner.Samples;

namespace StrategyMiner.Cli.Bench;

/// <summary>
/// The main job end to end on a generated corpus the size of the real one (21 strategies of about
/// 72 pages, 10% of pages scanned): each run is a fresh `strategyminer run` process into a new
/// store, for 1, 5, 10 and 21 documents (how cost grows), then a no-change re-run of all 21
/// (target: under 5% of the first run). Peak memory is what each process reports.
/// </summary>
internal static partial class EndToEndBench
{
    public static int Run(string workDir, bool quick, TextWriter output)
    {
        var folder = Path.Combine(workDir, "e2e");
        var corpus = Path.Combine(folder, "corpus");
        var documents = quick ? 3 : 21;
        var pagesPerDocument = quick ? 12 : 72;
        var files = Directory.Exists(corpus) && Directory.GetFiles(corpus, "*.pdf").Length == documents
            ? Directory.GetFiles(corpus, "*.pdf").Order(StringComparer.Ordinal).ToList()
            : BenchCorpus.Write(corpus, documents, pagesPerDocument, 0.10).Select(f => f.Path).ToList();
        var pages = files.Sum(CountPages);
        output.WriteLine($"e2e: corpus of {files.Count} documents, {pages} pages, 10% scanned, in {corpus}");

        var steps = quick ? new[] { 1, documents } : new[] { 1, 5, 10, 21 };
        double? fullFirst = null;
        string? fullDb = null;
        foreach (var n in steps)
        {
            var db = Path.Combine(folder, $"run-{n}.db");
            foreach (var f in Directory.GetFiles(folder, $"run-{n}.db*")) File.Delete(f);
            var subset = files.Take(n).ToList();
            var (seconds, peak) = RunCli(subset, db);
            var subsetPages = subset.Sum(CountPages);
            output.WriteLine($"e2e: {n,2} documents, {subsetPages,5} pages: {BenchTools.F(seconds, "0.0")} s ({BenchTools.F(subsetPages / seconds, "0.0")} pages/s, {BenchTools.F(seconds / n, "0.0")} s/document), peak memory {BenchTools.F(peak ?? double.NaN, "0")} MiB");
            if (n == steps[^1]) { fullFirst = seconds; fullDb = db; }
        }
        var (rerun, rerunPeak) = RunCli(files, fullDb!);
        var share = rerun / fullFirst!.Value;
        output.WriteLine($"e2e: no-change re-run of all {files.Count}: {BenchTools.F(rerun, "0.00")} s = {BenchTools.F(share * 100, "0.0")}% of the first run (target < 5%) {(share < 0.05 ? "MET" : "NOT MET")}, peak memory {BenchTools.F(rerunPeak ?? double.NaN, "0")} MiB");
        return 0;
    }

    private static int CountPages(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static (double Seconds, double? PeakMiB) RunCli(IReadOnlyList<string> files, string db)
    {
        var dll = Assembly.GetEntryAssembly()!.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("run");
        foreach (var f in files) info.ArgumentList.Add(f);
        info.ArgumentList.Add("--db");
        info.ArgumentList.Add(db);
        info.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"strategyminer run exited with {process.ExitCode}: {stderr.Result.Trim()}");
        var match = PeakLine().Match(stdout);
        return (clock.Elapsed.TotalSeconds, match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"Minnestopp: (\d+) MiB")]
    private static partial Regex PeakLine();
}
