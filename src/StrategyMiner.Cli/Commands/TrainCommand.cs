using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StrategyMiner.Coding;

namespace StrategyMiner.Cli.Commands;

/// <summary>
/// <c>strategyminer train</c>: retrains the local coder on the bundled training set, extra
/// labelled files and the passages reviewers have decided in the store, so the coder improves
/// as review goes on; saves the model in the store (and optionally a file).
/// </summary>
public sealed class TrainCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var labels = new Option<FileInfo[]>("--labels")
        {
            Description = "Extra labelled passages (JSON Lines: {\"id\",\"text\",\"themes\",\"dims\"}); may be given several times.",
            AllowMultipleArgumentsPerToken = true,
        };
        var modelFile = new Option<FileInfo?>("--model") { Description = "Also write the trained model to this file." };
        var command = new Command("train", "Retrain the local coder on the training set plus reviewed passages; prints cross-validated figures and the new model version.")
        {
            db, labels, modelFile,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var explicitDb = parse.GetValue(db);
            var dbPath = CommonOptions.ResolveDb(explicitDb);
            var data = new List<LabeledPassage>(BundledTrainingSet.Train);
            var sources = new List<string> { $"{BundledTrainingSet.Train.Count} bundled" };
            foreach (var labelFile in parse.GetValue(labels) ?? [])
            {
                var extra = EvalCommand.ReadLabels(labelFile);
                data.AddRange(extra);
                sources.Add($"{extra.Count} from {labelFile.Name}");
            }

            // A store is used when it exists or was named explicitly; train never creates one by surprise.
            var useStore = explicitDb is not null || File.Exists(dbPath);
            using var store = useStore ? PipelineRunner.OpenStore(dbPath) : null;
            var reviewed = store?.GetReviewedPassages() ?? [];
            if (store is not null) sources.Add($"{reviewed.Count} reviewed in {Path.GetFileName(dbPath)}");
            var training = TrainingSet.Combine(data, reviewed);

            output.WriteLine($"training on {training.Count} passages ({string.Join(", ", sources)})");
            LocalCoderModel model;
            try
            {
                model = new LocalCoderTrainer().Train(training, new Progress<string>(_ => { }));
            }
            catch (ArgumentException ex)
            {
                throw new UserErrorException(ex.Message.Split(" (Parameter", 2)[0]);
            }
            EvalCommand.WriteMetrics(output, "Cross-validation on the training data (5 folds; thresholds tuned on the same folds)", model.Report.CrossValidation, model.Thresholds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model {model.Version} trained in {model.Report.Seconds:0.0} s"));
            if (store is not null)
            {
                store.SaveModel(LocalCoder.MethodName, model.Version, model.ToBytes(), model.ReportJson());
                output.WriteLine($"saved to {dbPath}; `strategyminer classify` now recodes passages with it");
            }
            if (parse.GetValue(modelFile) is { } file)
            {
                try
                {
                    model.Save(file.FullName);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UserErrorException($"cannot write model to {file.FullName}: {ex.Message}");
                }
                output.WriteLine($"written to {file.FullName}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
