using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Coding;

/// <summary>The default coder: the local ML.NET model, no network. Suggests every code whose probability reaches its threshold.</summary>
public sealed class LocalCoder : IPassageCoder
{
    /// <summary>The method name recorded with local codings and models.</summary>
    public const string MethodName = "local";

    /// <summary>A coder over a trained model.</summary>
    public LocalCoder(LocalCoderModel model) => Model = model;

    /// <summary>The model in use.</summary>
    public LocalCoderModel Model { get; }

    /// <inheritdoc />
    public string Method => MethodName;

    /// <inheritdoc />
    public string ModelVersion => Model.Version;

    /// <inheritdoc />
    public IReadOnlyList<CodingResult> Code(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default)
    {
        var texts = passages.Select(p => p.Text).ToList();
        var codes = CodeTexts(texts, cancellationToken);
        return passages.Select((p, i) => new CodingResult(p.Id, codes[i])).ToList();
    }

    /// <summary>The suggestions for plain texts (for evaluation and tools), in the order given.</summary>
    public IReadOnlyList<IReadOnlyList<CodeSuggestion>> CodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var probabilities = Model.Predict(texts, cancellationToken);
        var result = new IReadOnlyList<CodeSuggestion>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var suggestions = new List<CodeSuggestion>();
            for (var c = 0; c < LocalCodes.All.Count; c++)
            {
                var code = LocalCodes.All[c];
                var p = probabilities[i][c];
                if (p >= Model.Thresholds[code]) suggestions.Add(new CodeSuggestion(code, Math.Round(p, 4)));
            }
            result[i] = suggestions;
        }
        return result;
    }

    /// <summary>Trains a model on the bundled training split alone.</summary>
    public static LocalCoder TrainDefault(IProgress<string>? log = null) =>
        new(new LocalCoderTrainer().Train(BundledTrainingSet.Train, log));

    /// <summary>
    /// The coder the pipeline uses: the newest local model in the store, unless it predates the
    /// bundled training split or the current feature settings, in which case (or when there is
    /// none) a model for the bundled split plus the store's reviewed passages is taken from
    /// <paramref name="cache"/> (default <see cref="ModelCache.Default"/>) or trained there, and
    /// saved in the store.
    /// </summary>
    public static LocalCoder LoadOrTrainDefault(EvidenceStore store, IProgress<string>? log = null, ModelCache? cache = null)
    {
        cache ??= ModelCache.Default;
        if (store.LoadLatestModel(MethodName) is { } latest)
        {
            try
            {
                var model = LocalCoderModel.FromBytes(latest.Model);
                if (model.Report.BaseTrainingHash == BundledTrainingSet.TrainHash16 && model.Report.OptionsHash == LocalCoderOptions.Default.Hash())
                    return new LocalCoder(model);
                log?.Report($"stored model {latest.Version} predates this program's training data or settings; retraining");
            }
            catch (InvalidDataException ex)
            {
                log?.Report($"stored model {latest.Version} cannot be read ({ex.Message}); retraining");
            }
        }
        var data = TrainingSet.Combine(BundledTrainingSet.Train, store.GetReviewedPassages());
        var trainer = new LocalCoderTrainer();
        var version = trainer.VersionFor(data);
        var trained = cache.TryLoad(version);
        if (trained is not null) log?.Report($"model {version} taken from the cache in {cache.Directory}");
        else
        {
            trained = trainer.Train(data, log);
            cache.Save(trained);
        }
        store.SaveModel(MethodName, trained.Version, trained.ToBytes(), trained.ReportJson());
        return new LocalCoder(trained);
    }
}
