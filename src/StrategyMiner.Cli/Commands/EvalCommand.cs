using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StrategyMiner.Coding;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer eval --labels FILE</c>: scores the current coder against labelled passages
/// without training on them: per-code precision, recall, F1 and support, micro and macro F1,
/// for themes and dimensions separately (a table, or one JSON object with --json).
/// </summary>
public sealed class EvalCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var labels = new Option<FileInfo>("--labels") { Description = "Labelled passages (JSON Lines: {\"id\",\"text\",\"themes\",\"dims\"}).", Required = true };
        var coder = new Option<string>("--coder") { Description = "Which coder: local (default) or llm.", DefaultValueFactory = _ => "local" };
        coder.AcceptOnlyFromAmong("local", "llm");
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON object: {\"themes\": {\"micro_f1\", \"macro_f1\", \"per_code\"}, \"dims\": {…}}." };
        var db = new Option<FileInfo?>("--db") { Description = "Use the newest model in this store (default: the model trained from the bundled training set)." };
        var modelFile = new Option<FileInfo?>("--model") { Description = "Use this model file (from `train --model`)." };
        var command = new Command("eval", "Measure coding quality on labelled passages (never trains on them).") { labels, coder, json, db, modelFile };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var gold = ReadLabels(parse.GetValue(labels)!);
            var dbFile = parse.GetValue(db);
            if (dbFile is not null && !dbFile.Exists) throw new UserErrorException($"no store at {dbFile.FullName}");
            using var store = dbFile is null ? null : PipelineRunner.OpenStore(dbFile.FullName);
            var passages = gold.Select((p, i) => AsStored(p, i, "labels")).ToList();

            IReadOnlyList<StrategyMiner.Codebook.CodingResult> results;
            string description;
            if (parse.GetValue(coder) == "llm")
            {
                using var llm = CreateLlmCoder(store);
                results = llm.Code(passages);
                description = $"llm {llm.ModelVersion}; {llm.Usage}";
                if (results.Count < passages.Count) error.WriteLine($"warning: the LLM could not code {passages.Count - results.Count} of {passages.Count} passages; they count as uncoded");
            }
            else
            {
                var local = new LocalCoder(LoadModel(parse.GetValue(modelFile), store, error));
                results = local.Code(passages);
                description = $"local {local.ModelVersion}";
            }
            var report = MultiLabelEvaluator.Evaluate(gold, results);
            if (parse.GetValue(json))
            {
                output.WriteLine(report.ToJson());
            }
            else
            {
                WriteMetrics(output, $"{gold.Count} passages from {parse.GetValue(labels)!.Name}, coder {description}", report);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The model eval uses: a file, else the store's newest, else the default trained from the bundled set.</summary>
    private static LocalCoderModel LoadModel(FileInfo? file, EvidenceStore? store, TextWriter error)
    {
        if (file is not null) return LoadModelFile(file);
        if (store?.LoadLatestModel(LocalCoder.MethodName) is { } latest)
        {
            try
            {
                return LocalCoderModel.FromBytes(latest.Model);
            }
            catch (InvalidDataException ex)
            {
                throw new UserErrorException($"the newest model in the store ({latest.Version}) cannot be read: {ex.Message}; run `strategyminer train`");
            }
        }
        if (store is not null) error.WriteLine("note: the store has no local model yet; using the default model trained from the bundled training set");
        return LocalCoder.TrainDefault().Model;
    }

    internal static IReadOnlyList<LabeledPassage> ReadLabels(FileInfo file)
    {
        try
        {
            return LabelFile.Read(file.FullName);
        }
        catch (LabelFileException ex)
        {
            throw new UserErrorException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot read labels file {file.FullName}: {ex.Message}");
        }
    }

    internal static LocalCoderModel LoadModelFile(FileInfo file)
    {
        if (!file.Exists) throw new UserErrorException($"model file {file.FullName} does not exist");
        try
        {
            return LocalCoderModel.Load(file.FullName);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{file.FullName} is not a StrategyMiner model: {ex.Message}");
        }
    }

    internal static LlmCoder CreateLlmCoder(EvidenceStore? store)
    {
        try
        {
            return LlmCoderFactory.FromEnvironment(store);
        }
        catch (LlmConfigurationException ex)
        {
            throw new UserErrorException(ex.Message);
        }
    }

    /// <summary>A stand-in stored passage for a labelled passage, so every coder can code it.</summary>
    internal static StoredPassage AsStored(LabeledPassage p, int ordinal, string source) =>
        new(p.Id, "labels", source, null, ordinal, [], "", "labels", p.Text, null);

    /// <summary>Two tables (themes, dimensions): precision, recall, F1 and support per code, then micro and macro F1.</summary>
    internal static void WriteMetrics(TextWriter writer, string title, EvaluationReport report, IReadOnlyDictionary<string, double>? thresholds = null)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.WriteLine(title);
        foreach (var (name, group) in new[] { ("Teman", report.Themes), ("Dimensioner", report.Dims) })
        {
            var table = new Table().Border(TableBorder.Rounded).Title(name)
                .AddColumn("Kod").AddColumn(new TableColumn("Precision").RightAligned()).AddColumn(new TableColumn("Recall").RightAligned())
                .AddColumn(new TableColumn("F1").RightAligned()).AddColumn(new TableColumn("Stöd").RightAligned());
            if (thresholds is not null) table.AddColumn(new TableColumn("Tröskel").RightAligned());
            foreach (var (code, m) in group.PerCode)
            {
                var cells = new List<string> { code, F(m.Precision), F(m.Recall), F(m.F1), m.Support.ToString(CultureInfo.InvariantCulture) };
                if (thresholds is not null) cells.Add(thresholds.TryGetValue(code, out var t) ? F(t) : "");
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            string[] Summary(string label, double f1) => thresholds is null ? [label, "", "", F(f1), ""] : [label, "", "", F(f1), "", ""];
            table.AddRow(Summary("micro", group.MicroF1));
            table.AddRow(Summary("macro", group.MacroF1));
            console.Write(table);
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
