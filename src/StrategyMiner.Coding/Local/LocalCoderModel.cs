using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;

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
    private readonly ConcurrentBag<PredictionEngine<PassageRow, CodeProbabilitiesRow>> _engines = [];

    internal LocalCoderModel(MLContext ml, ITransformer pipeline, DataViewSchema inputSchema, TrainingReport report)
    {
        _ml = ml;
        _pipeline = pipeline;
        _inputSchema = inputSchema;
        Report = report;
    }

    /// <summary><c>local-</c> + 12 hex digits of the hash of training data and options.</summary>
    public string Version => Report.Version;

    /// <summary>Decision threshold per code.</summary>
    public IReadOnlyDictionary<string, double> Thresholds => Report.Thresholds;

    /// <summary>What the model was trained on and its cross-validated figures.</summary>
    public TrainingReport Report { get; }

    /// <summary>
    /// Calibrated probabilities, one array per text in <see cref="LocalCodes.All"/> order. Texts
    /// are split over the cores, each with its own prediction engine (engines are not thread-safe).
    /// </summary>
    public float[][] Predict(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0) return result;
        var chunk = Math.Max(64, (texts.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount);
        var ranges = Enumerable.Range(0, (texts.Count + chunk - 1) / chunk).Select(i => (Start: i * chunk, End: Math.Min(texts.Count, (i + 1) * chunk))).ToList();
        Parallel.ForEach(ranges, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
        {
            var engine = _engines.TryTake(out var e) ? e : _ml.Model.CreatePredictionEngine<PassageRow, CodeProbabilitiesRow>(_pipeline, _inputSchema);
            try
            {
                var row = new PassageRow();
                var output = new CodeProbabilitiesRow();
                for (var i = range.Start; i < range.End; i++)
                {
                    if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                    row.Text = texts[i] ?? "";
                    engine.Predict(row, ref output);
                    result[i] = (float[])output.Probabilities.Clone();
                }
            }
            finally
            {
                _engines.Add(engine);
            }
        });
        return result;
    }

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
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
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
