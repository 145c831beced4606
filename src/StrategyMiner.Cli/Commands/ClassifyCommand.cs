using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StrategyMiner.Coding;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer classify</c>: codes every passage the chosen coder version has not coded
/// yet, saving each batch as it goes (Ctrl+C keeps what is saved). With <c>--coder both</c> the
/// local and LLM coders are compared and the passages they disagree on are flagged for review.
/// </summary>
public sealed class ClassifyCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var coder = new Option<string>("--coder") { Description = "local (default, no network), llm, or both (flags disagreements for review).", DefaultValueFactory = _ => "local" };
        coder.AcceptOnlyFromAmong("local", "llm", "both");
        var modelFile = new Option<FileInfo?>("--model") { Description = "Use this local model file instead of the store's newest." };
        var batch = new Option<int>("--batch") { Description = "Passages per saved batch.", DefaultValueFactory = _ => PassageClassifier.DefaultBatchSize };
        var command = new Command("classify", "Code the passages not yet coded by the current coder version.") { db, coder, modelFile, batch };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = CommonOptions.ResolveDb(parse.GetValue(db));
            if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer ingest <files>` first or name one with --db");
            if (parse.GetValue(batch) < 1) throw new UserErrorException("--batch must be at least 1");
            using var store = PipelineRunner.OpenStore(path);
            using var cts = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
            Console.CancelKeyPress += onCancel;
            try
            {
                var which = parse.GetValue(coder)!;
                var classifier = new PassageClassifier(parse.GetValue(batch));
                LocalCoder? local = null;
                LlmCoder? llm = null;
                var rc = ExitCodes.Ok;
                try
                {
                    if (which is "local" or "both")
                    {
                        local = parse.GetValue(modelFile) is { } modelPath
                            ? new LocalCoder(EvalCommand.LoadModelFile(modelPath))
                            : LocalCoder.LoadOrTrainDefault(store, new Progress<string>(m => output.WriteLine(m)));
                        Run(output, classifier, store, local, cts.Token);
                    }
                    if (which is "llm" or "both")
                    {
                        llm = EvalCommand.CreateLlmCoder(store);
                        output.WriteLine($"llm coder: {LlmSettingsDescription(llm)}");
                        try
                        {
                            Run(output, classifier, store, llm, cts.Token);
                        }
                        catch (LlmUnavailableException ex)
                        {
                            output.WriteLine($"error: {ex.Message}; what was coded is saved, run again to resume");
                            rc = ExitCodes.SomeInputsFailed;
                        }
                        output.WriteLine($"llm usage: {llm.Usage}; {llm.HttpRetries} HTTP retries");
                        if (llm.Usage.FailedPassages > 0) rc = ExitCodes.SomeInputsFailed;
                    }
                    if (local is not null && llm is not null)
                    {
                        var agreement = PassageClassifier.CompareCoders(store, local, llm);
                        output.WriteLine($"agreement: {agreement}");
                        var disputed = agreement.PerCode.Sum(c => c.Disputed);
                        output.WriteLine(disputed == 0 ? "no disagreements" : $"{agreement.Passages - agreement.FullyAgreed} passages with disagreements are flagged and shown first in review");
                    }
                }
                finally
                {
                    llm?.Dispose();
                }
                return rc;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    private static void Run(TextWriter output, PassageClassifier classifier, StrategyMiner.Store.EvidenceStore store, IPassageCoder coder, CancellationToken cancellationToken)
    {
        var pending = store.CountPassagesToCode(coder.Method, coder.ModelVersion);
        output.WriteLine($"{coder.Method} {coder.ModelVersion}: {pending} passages to code");
        if (pending == 0) return;
        var clock = Stopwatch.StartNew();
        var last = 0;
        var coded = classifier.ClassifyPending(store, coder, new Progress<int>(n =>
        {
            if (n - last >= 1000) { last = n; output.WriteLine($"  {n}/{pending}"); }
        }), cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{coder.Method}: coded {coded} passages in {clock.Elapsed.TotalSeconds:0.0} s ({coded / Math.Max(clock.Elapsed.TotalSeconds, 1e-6):0} per second)"));
    }

    private static string LlmSettingsDescription(LlmCoder coder) => coder.ModelVersion;
}
