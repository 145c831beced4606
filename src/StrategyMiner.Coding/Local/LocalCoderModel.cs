using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace StrategyMiner.Coding;

/// <summary>
/// A trained local coder: one ML.NET pipeline (shared text features, then one calibrated
/// logistic regression per code) plus the per-code thresholds and the training report. Saved
/// as one zip: <c>manifest.json</c> and <c>pipeline.zip</c> (ML.NET's own model format).
/// </summary>
public sealed class LocalCoderModel
{
    private const int FormatVersion = 1;
    private const string ManifestEntry = "manifest.json";
    private const string PipelineEntry = "pipeline.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _pipeline;
    private readonly DataViewSchema _inputSchema;
    private readonly ITransformer _featurizer;
    private readonly (float[] Weights, float Bias, double Slope, double Offset)[] _linear;

    internal LocalCoderModel(MLContext ml, ITransformer pipeline, DataViewSchema inputSchema, TrainingReport report)
    {
        _ml = ml;
        _pipeline = pipeline;
        _inputSchema = inputSchema;
        Report = report;
        // The saved chain is [featuriser, model T1, copy T1, …, concatenate]; prediction runs its two halves separately.
        var parts = (pipeline as TransformerChain<ITransformer> ?? throw new InvalidDataException("the model pipeline is not a transformer chain")).ToList();
        _featurizer = parts[0];
        _linear = parts.OfType<ISingleFeaturePredictionTransformer<object>>().Select(t =>
            t.Model is CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> m
                ? (m.SubModel.Weights.ToArray(), m.SubModel.Bias, m.Calibrator.Slope, m.Calibrator.Offset)
                : throw new InvalidDataException($"unexpected model type {t.Model.GetType().Name} in the pipeline")).ToArray();
        if (_linear.Length != LocalCodes.All.Count)
            throw new InvalidDataException($"the pipeline has {_linear.Length} code models, expected {LocalCodes.All.Count}");
    }

    /// <summary><c>local-</c> + 12 hex digits of the hash of training data and options.</summary>
    public string Version => Report.Version;

    /// <summary>Decision threshold per code.</summary>
    public IReadOnlyDictionary<string, double> Thresholds => Report.Thresholds;

    /// <summary>What the model was trained on and its cross-validated figures.</summary>
    public TrainingReport Report { get; }

    /// <summary>
    /// Calibrated probabilities, one array per text in <see cref="LocalCodes.All"/> order. Texts
    /// are split over the cores; each chunk is featurised once by the ML.NET featuriser (Transform
    /// over an IDataView) and every code's calibrated linear model is then applied to that one
    /// feature vector: sigmoid-calibrated w·x + b, exactly what the ML.NET chain computes (the
    /// chain, run row by row, would recompute the text features once per code because ML.NET
    /// getters do not memoise upstream columns).
    /// </summary>
    public float[][] Predict(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0) return result;
        var chunkSize = Math.Clamp((texts.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount, 1, MaxChunk);
        var chunks = Enumerable.Range(0, (texts.Count + chunkSize - 1) / chunkSize)
            .Select(i => (Start: i * chunkSize, End: Math.Min(texts.Count, (i + 1) * chunkSize))).ToList();
        Parallel.ForEach(chunks, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, chunk =>
        {
            var rows = new List<PassageRow>(chunk.End - chunk.Start);
            for (var i = chunk.Start; i < chunk.End; i++) rows.Add(new PassageRow { Text = texts[i] ?? "" });
            var features = _featurizer.Transform(_ml.Data.LoadFromEnumerable(rows));
            using var cursor = features.GetRowCursor([features.Schema[TextFeaturizer.FeaturesColumn]]);
            var getter = cursor.GetGetter<VBuffer<float>>(features.Schema[TextFeaturizer.FeaturesColumn]);
            var vector = default(VBuffer<float>);
            var k = chunk.Start;
            while (cursor.MoveNext())
            {
                if ((k & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                getter(ref vector);
                result[k++] = Score(vector);
            }
        });
        return result;
    }

    private float[] Score(in VBuffer<float> x)
    {
        var values = x.GetValues();
        var indices = x.GetIndices();
        var probabilities = new float[_linear.Length];
        for (var c = 0; c < _linear.Length; c++)
        {
            var (weights, bias, slope, offset) = _linear[c];
            float score = bias;
            if (x.IsDense)
                for (var i = 0; i < values.Length && i < weights.Length; i++) score += weights[i] * values[i];
            else
                for (var i = 0; i < values.Length; i++) if (indices[i] < weights.Length) score += weights[indices[i]] * values[i];
            probabilities[c] = (float)(1.0 / (1.0 + Math.Exp(slope * (float)score + offset)));
        }
        return probabilities;
    }

    /// <summary>The same probabilities computed by running the saved ML.NET chain (to check <see cref="Predict"/> against).</summary>
    internal float[][] PredictWithChain(IReadOnlyList<string> texts)
    {
        var view = _pipeline.Transform(_ml.Data.LoadFromEnumerable(texts.Select(t => new PassageRow { Text = t }).ToList()));
        return _ml.Data.CreateEnumerable<CodeProbabilitiesRow>(view, reuseRowObject: false).Select(r => r.Probabilities).ToArray();
    }

    private const int MaxChunk = 4096;

    /// <summary>The model as bytes (the zip described on the class).</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the model zip to a stream.</summary>
    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var manifest = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open())
            JsonSerializer.Serialize(manifest, ManifestDto.From(Report), ManifestJson);
        using var pipeline = zip.CreateEntry(PipelineEntry, CompressionLevel.NoCompression).Open();
        using var pipelineBuffer = new MemoryStream();
        _ml.Model.Save(_pipeline, _inputSchema, pipelineBuffer);
        pipelineBuffer.Position = 0;
        pipelineBuffer.CopyTo(pipeline);
    }

    /// <summary>Writes the model zip to a file.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Reads a model saved with <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">Not a StrategyMiner local model, or one of another format version.</exception>
    public static LocalCoderModel Load(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"not a readable StrategyMiner model: {ex.Message}", ex);
        }
        using var archive = zip;
        try
        {
            var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException("not a StrategyMiner model: manifest.json is missing");
            var pipelineEntry = zip.GetEntry(PipelineEntry) ?? throw new InvalidDataException("not a StrategyMiner model: pipeline.zip is missing");
            ManifestDto manifest;
            using (var s = manifestEntry.Open())
                manifest = JsonSerializer.Deserialize<ManifestDto>(s, ManifestJson) ?? throw new InvalidDataException("empty model manifest");
            if (manifest.Format != FormatVersion)
                throw new InvalidDataException($"model format {manifest.Format} is not supported (expected {FormatVersion})");
            if (!manifest.Codes.SequenceEqual(LocalCodes.All, StringComparer.Ordinal))
                throw new InvalidDataException($"model codes ({string.Join(", ", manifest.Codes)}) differ from this program's");
            using var pipelineBuffer = new MemoryStream();
            using (var s = pipelineEntry.Open()) s.CopyTo(pipelineBuffer);
            pipelineBuffer.Position = 0;
            var ml = new MLContext(seed: 1);
            var pipeline = ml.Model.Load(pipelineBuffer, out var schema);
            return new LocalCoderModel(ml, pipeline, schema, manifest.ToReport());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"not a readable StrategyMiner model: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a model from bytes.</summary>
    public static LocalCoderModel FromBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream);
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">Not a model.</exception>
    public static LocalCoderModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>The training report as JSON (stored beside the model in the store).</summary>
    public string ReportJson() => JsonSerializer.Serialize(ManifestDto.From(Report), ManifestJson);

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record CountsDto(int Tp, int Fp, int Fn);

    private sealed record ManifestDto(
        int Format, string Version, List<string> Codes, Dictionary<string, double> Thresholds, int Passages,
        Dictionary<string, int> Positives, Dictionary<string, CountsDto> CrossValidation, string TrainingHash,
        string BaseTrainingHash, string OptionsHash, double Seconds, string CreatedAt)
    {
        public static ManifestDto From(TrainingReport r) => new(
            FormatVersion, r.Version, [.. LocalCodes.All], r.Thresholds.ToDictionary(), r.Passages, r.Positives.ToDictionary(),
            r.CrossValidation.Themes.PerCode.Concat(r.CrossValidation.Dims.PerCode)
                .ToDictionary(c => c.Key, c => new CountsDto(c.Value.TruePositives, c.Value.FalsePositives, c.Value.FalseNegatives)),
            r.TrainingHash, r.BaseTrainingHash, r.OptionsHash, r.Seconds, r.CreatedAt);

        public TrainingReport ToReport()
        {
            var codebook = StrategyMiner.Codebook.CodebookDefinition.Default;
            GroupMetrics Group(IEnumerable<StrategyMiner.Codebook.Code> codes) => new(codes
                .Select(c => KeyValuePair.Create(c.Id, CrossValidation.TryGetValue(c.Id, out var n) ? new CodeMetrics(n.Tp, n.Fp, n.Fn) : new CodeMetrics(0, 0, 0)))
                .ToList());
            return new TrainingReport(Version, Passages, Positives, Thresholds,
                new EvaluationReport(Group(codebook.Themes), Group(codebook.Dimensions)),
                TrainingHash, BaseTrainingHash, OptionsHash, Seconds, CreatedAt);
        }
    }
}
