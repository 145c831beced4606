using System.Security.Cryptography;
using System.Text;

namespace StrategyMiner.Coding;

/// <summary>
/// The labelled passages shipped with the program (corpus/training/*.jsonl, embedded): the
/// training split the default model learns from, and the held-out split that only benchmarks read.
/// </summary>
public static class BundledTrainingSet
{
    private static readonly Lazy<IReadOnlyList<LabeledPassage>> TrainSplit = new(() => ReadResource("training.train.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabeledPassage>> TestSplit = new(() => ReadResource("training.test.jsonl"));
    private static readonly Lazy<string> TrainHash = new(() => Hash(ReadResourceText("training.train.jsonl")));

    /// <summary>The training split (corpus/training/train.jsonl).</summary>
    public static IReadOnlyList<LabeledPassage> Train => TrainSplit.Value;

    /// <summary>The held-out split (corpus/training/test.jsonl): for measuring, never for training or tuning.</summary>
    public static IReadOnlyList<LabeledPassage> HeldOut => TestSplit.Value;

    /// <summary>SHA-256 (hex, 16 digits) of the embedded training split, to tell when a stored model predates it.</summary>
    public static string TrainHash16 => TrainHash.Value;

    private static IReadOnlyList<LabeledPassage> ReadResource(string name)
    {
        using var reader = new StringReader(ReadResourceText(name));
        return LabelFile.Read(reader, name);
    }

    private static string ReadResourceText(string name)
    {
        using var stream = typeof(BundledTrainingSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in StrategyMiner.Coding.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
