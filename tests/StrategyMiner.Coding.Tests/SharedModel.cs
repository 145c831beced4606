using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

/// <summary>One model trained on the bundled training split, shared by the tests that only need "a trained model".</summary>
internal static class SharedModel
{
    private static readonly Lazy<LocalCoderModel> Model = new(() => new LocalCoderTrainer().Train(BundledTrainingSet.Train));

    public static LocalCoderModel Trained => Model.Value;

    public static LocalCoder Coder => new(Trained);
}
