using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using StrategyMiner.Codebook;

namespace StrategyMiner.Coding;

/// <summary>
/// Trains the local coder: multi-label classification as binary relevance (one L-BFGS logistic
/// regression per code over shared text features; its sigmoid output is a Platt-form calibrated
/// probability). Each code's threshold is tuned on out-of-fold probabilities from k-fold
/// cross-validation on the training data only, then the final models are fitted on all of it.
/// </summary>
public sealed class LocalCoderTrainer
{
    /// <summary>Fewest passages with (and without) a code that the trainer accepts.</summary>
    public const int MinimumExamplesPerCode = 3;

    private readonly LocalCoderOptions _options;

    /// <summary>A trainer with the given (or default) settings.</summary>
    public LocalCoderTrainer(LocalCoderOptions? options = null) => _options = options ?? LocalCoderOptions.Default;

    /// <summary>The model version training on these passages would give (hash of data and options).</summary>
    public string VersionFor(IReadOnlyList<LabeledPassage> passages) => "local-" + TrainingHash(passages)[..12];

    /// <summary>Trains a model; <paramref name="log"/> receives one line per stage.</summary>
    /// <exception cref="ArgumentException">Too few passages with or without some code.</exception>
    public LocalCoderModel Train(IReadOnlyList<LabeledPassage> passages, IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        LocalCodes.EnsureMatches(CodebookDefinition.Default);
        var watch = Stopwatch.StartNew();
        var codes = LocalCodes.All;
        var positives = codes.ToDictionary(c => c, c => passages.Count(p => p.Has(c)), StringComparer.Ordinal);
        var thin = codes.Where(c => positives[c] < MinimumExamplesPerCode || passages.Count - positives[c] < MinimumExamplesPerCode).ToList();
        if (thin.Count > 0)
            throw new ArgumentException(
                $"too few training passages for {string.Join(", ", thin.Select(c => $"{c} ({positives[c]} of {passages.Count})"))}: each code needs at least {MinimumExamplesPerCode} passages with it and without it",
                nameof(passages));

        var ml = new MLContext(seed: 1);
        var rows = passages.Select(TrainingRow.From).ToList();
        var folds = passages.Select(p => FoldOf(p.Id, _options.Folds)).ToArray();

        // Out-of-fold probabilities: every passage is scored by models that never saw it.
        var outOfFold = codes.ToDictionary(c => c, _ => new float[rows.Count], StringComparer.Ordinal);
        for (var fold = 0; fold < _options.Folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trainIdx = Enumerable.Range(0, rows.Count).Where(i => folds[i] != fold).ToList();
            var validIdx = Enumerable.Range(0, rows.Count).Where(i => folds[i] == fold).ToList();
            if (validIdx.Count == 0) continue;
            var (featurizer, features) = Featurize(ml, trainIdx.Select(i => rows[i]));
            var valid = featurizer.Transform(ml.Data.LoadFromEnumerable(validIdx.Select(i => rows[i]).ToList()));
            var validFeatures = ml.Data.Cache(valid);
            Parallel.ForEach(codes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, code =>
            {
                if (!trainIdx.Any(i => passages[i].Has(code)) || trainIdx.All(i => passages[i].Has(code)))
                    return; // a fold without both classes cannot learn the code; its passages keep probability 0
                var model = Trainer(ml, code).Fit(features);
                var probabilities = model.Transform(validFeatures).GetColumn<float>("Probability").ToArray();
                for (var k = 0; k < validIdx.Count; k++) outOfFold[code][validIdx[k]] = probabilities[k];
            });
            log?.Report(string.Create(CultureInfo.InvariantCulture, $"cross-validation fold {fold + 1}/{_options.Folds} done ({watch.Elapsed.TotalSeconds:0.0} s)"));
        }

        var thresholds = codes.ToDictionary(c => c, c => ThresholdTuner.Tune(outOfFold[c], passages.Select(p => p.Has(c)).ToList()), StringComparer.Ordinal);
        var cvPredictions = Enumerable.Range(0, rows.Count)
            .Select(i => (IReadOnlyCollection<string>)codes.Where(c => outOfFold[c][i] >= thresholds[c]).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var crossValidation = MultiLabelEvaluator.Evaluate(passages, cvPredictions);

        cancellationToken.ThrowIfCancellationRequested();
        var (finalFeaturizer, allFeatures) = Featurize(ml, rows);
        var models = new ITransformer[codes.Count];
        Parallel.For(0, codes.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            i => models[i] = Trainer(ml, codes[i]).Fit(allFeatures));
        var (pipeline, inputSchema) = Assemble(ml, finalFeaturizer, models);

        var hash = TrainingHash(passages);
        var report = new TrainingReport(
            "local-" + hash[..12], passages.Count, positives, thresholds, crossValidation, hash[..16],
            BundledTrainingSet.TrainHash16, _options.Hash(), Math.Round(watch.Elapsed.TotalSeconds, 2),
            DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        log?.Report(string.Create(CultureInfo.InvariantCulture, $"trained {report.Version} on {passages.Count} passages in {watch.Elapsed.TotalSeconds:0.0} s"));
        return new LocalCoderModel(ml, pipeline, inputSchema, report);
    }

    private (ITransformer Featurizer, IDataView Features) Featurize(MLContext ml, IEnumerable<TrainingRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows.ToList());
        var featurizer = TextFeaturizer.Build(ml, _options).Fit(data);
        return (featurizer, ml.Data.Cache(featurizer.Transform(data)));
    }

    private IEstimator<ITransformer> Trainer(MLContext ml, string code) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = code,
            FeatureColumnName = TextFeaturizer.FeaturesColumn,
            L2Regularization = _options.L2Regularization,
            L1Regularization = _options.L1Regularization,
            OptimizationTolerance = _options.OptimizationTolerance,
            NumberOfThreads = 1,
        });

    /// <summary>
    /// One scoring pipeline: features once, then each code's model with its probability copied to
    /// its own column (every model writes "Probability"), then all probabilities as one vector.
    /// </summary>
    private static (ITransformer Pipeline, DataViewSchema InputSchema) Assemble(MLContext ml, ITransformer featurizer, IReadOnlyList<ITransformer> models)
    {
        var input = ml.Data.LoadFromEnumerable(new List<PassageRow>());
        var parts = new List<ITransformer> { featurizer };
        var view = featurizer.Transform(input);
        var probabilityColumns = new List<string>();
        for (var i = 0; i < models.Count; i++)
        {
            view = models[i].Transform(view);
            var column = "P_" + LocalCodes.All[i];
            var copy = ml.Transforms.CopyColumns(column, "Probability").Fit(view);
            view = copy.Transform(view);
            parts.Add(models[i]);
            parts.Add(copy);
            probabilityColumns.Add(column);
        }
        var concat = ml.Transforms.Concatenate(LocalCodes.ProbabilitiesColumn, [.. probabilityColumns]).Fit(view);
        parts.Add(concat);
        return (new TransformerChain<ITransformer>([.. parts]), input.Schema);
    }

    private static int FoldOf(string id, int folds) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0) % (uint)folds);

    private string TrainingHash(IReadOnlyList<LabeledPassage> passages)
    {
        var text = new StringBuilder();
        text.Append("local-coder/1\n").Append(_options.Hash()).Append('\n').Append(string.Join(",", LocalCodes.All)).Append('\n');
        foreach (var p in passages.OrderBy(p => p.Id, StringComparer.Ordinal))
            text.Append(p.Id).Append('\t').Append(p.Text).Append('\t').Append(string.Join(",", p.Codes)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
