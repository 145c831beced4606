using System.Diagnostics;
using System.Globalization;
using StrategyMiner.Codebook;
using StrategyMiner.Coding;
using StrategyMiner.Documents;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Bench;

/// <summary>
/// Benchmark of the local coder: macro-F1 on the held-out split of corpus/training (a quarter of
/// the labelled passages chosen by a hash of their id, never used for training or tuning; see
/// corpus/training/README.md), training time, and passages coded per second — by the coder alone
/// and through the store (classify, batches of 256 in SQLite transactions).
/// Targets: macro-F1 ≥ 0.85 themes, ≥ 0.90 dimensions; training ≤ 30 s; ≥ 5,000 passages/s.
/// </summary>
public static class CodingBench
{
    /// <summary>Runs the benchmark; <paramref name="workDir"/> holds the throwaway store. Returns an exit code.</summary>
    public static int Run(string workDir, bool quick, TextWriter output)
    {
        output.WriteLine("# Coding benchmark (local ML.NET coder)");
        var train = BundledTrainingSet.Train;
        var heldOut = BundledTrainingSet.HeldOut;
        output.WriteLine($"training split: {train.Count} passages; held-out split: {heldOut.Count} passages; {Environment.ProcessorCount} cores");

        var runs = quick ? 1 : 3;
        var times = new List<double>();
        LocalCoderModel? model = null;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            model = new LocalCoderTrainer().Train(train);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        var coder = new LocalCoder(model!);
        output.WriteLine($"model {model!.Version}; training incl. 5-fold threshold tuning: {F(times.Min(), "0.0")} s best, {F(times.Average(), "0.0")} s mean of {runs} (target ≤ 30 s)");

        var predicted = coder.CodeTexts(heldOut.Select(p => p.Text).ToList());
        var report = MultiLabelEvaluator.Evaluate(heldOut, predicted.Select(s => (IReadOnlyCollection<string>)s.Select(x => x.Code).ToHashSet(StringComparer.Ordinal)).ToList());
        output.WriteLine();
        output.WriteLine("## Held-out split");
        output.WriteLine("code   precision  recall  F1     support");
        foreach (var (code, m) in report.Themes.PerCode.Concat(report.Dims.PerCode))
            output.WriteLine($"{code,-6} {F(m.Precision),9}  {F(m.Recall),6}  {F(m.F1),5}  {m.Support,7}");
        output.WriteLine($"themes: micro-F1 {F(report.Themes.MicroF1, "0.000")}, macro-F1 {F(report.Themes.MacroF1, "0.000")} (target ≥ 0.85) {Verdict(report.Themes.MacroF1 >= 0.85)}");
        output.WriteLine($"dims:   micro-F1 {F(report.Dims.MicroF1, "0.000")}, macro-F1 {F(report.Dims.MacroF1, "0.000")} (target ≥ 0.90) {Verdict(report.Dims.MacroF1 >= 0.90)}");
        var cv = model.Report.CrossValidation;
        output.WriteLine($"(cross-validation on the training split, for comparison: themes macro-F1 {F(cv.Themes.MacroF1, "0.000")}, dims {F(cv.Dims.MacroF1, "0.000")})");

        output.WriteLine();
        output.WriteLine("## Speed");
        var count = quick ? 5_000 : 50_000;
        var texts = Enumerable.Range(0, count).Select(i => heldOut[i % heldOut.Count].Text).ToList();
        coder.CodeTexts(texts.Take(1_000).ToList()); // warm-up: JIT and engines
        var best = double.MaxValue;
        for (var i = 0; i < (quick ? 1 : 3); i++)
        {
            var clock = Stopwatch.StartNew();
            coder.CodeTexts(texts);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        var rate = count / best;
        var words = texts.Average(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        output.WriteLine($"coder alone: {count:N0} passages (mean {F(words, "0")} words) in {F(best, "0.00")} s = {F(rate, "0")} passages/s on {Environment.ProcessorCount} cores (target ≥ 5,000) {Verdict(rate >= 5_000)}");

        var storeCount = quick ? 2_000 : 20_000;
        var (stored, seconds) = ClassifyThroughStore(workDir, coder, texts.Take(storeCount).ToList());
        output.WriteLine($"classify through the store: {stored:N0} passages in {F(seconds, "0.00")} s = {F(stored / seconds, "0")} passages/s (coding + SQLite writes)");
        return ExitCodes.Ok;
    }

    private static (int Coded, double Seconds) ClassifyThroughStore(string workDir, LocalCoder coder, IReadOnlyList<string> texts)
    {
        Directory.CreateDirectory(workDir);
        var path = Path.Combine(workDir, "coding-bench.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        using (var store = EvidenceStore.Open(path))
        {
            var document = new DocumentInfo("bench000000000001", "bench.pdf", "Bench", "Benchmark", 2026, 1);
            store.BeginDocument(document, path);
            store.CompleteDocument(document.Id, texts.Select((t, i) => new Passage($"bench{i:D8}", document.Id, i, [1], "Bench", PageSource.TextLayer, t)).ToList());
            var clock = Stopwatch.StartNew();
            var coded = new PassageClassifier().ClassifyPending(store, coder);
            return (coded, clock.Elapsed.TotalSeconds);
        }
    }

    private static string Verdict(bool met) => met ? "— met" : "— NOT met";

    private static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
