namespace StrategyMiner.Coding;

/// <summary>What went into a local model and how it did in cross-validation on its training data.</summary>
/// <param name="Version">The model version: <c>local-</c> + hash of training data and options.</param>
/// <param name="Passages">Training passages.</param>
/// <param name="Positives">Training passages per code.</param>
/// <param name="Thresholds">Decision threshold per code, tuned on out-of-fold probabilities.</param>
/// <param name="CrossValidation">Out-of-fold metrics at those thresholds (optimistic: the thresholds were chosen on the same folds).</param>
/// <param name="TrainingHash">Hash of the training passages.</param>
/// <param name="BaseTrainingHash">Hash of the bundled training split the model started from.</param>
/// <param name="OptionsHash">Hash of the <see cref="LocalCoderOptions"/>.</param>
/// <param name="Seconds">Wall-clock training time including cross-validation.</param>
/// <param name="CreatedAt">UTC time of training, ISO 8601.</param>
public sealed record TrainingReport(
    string Version,
    int Passages,
    IReadOnlyDictionary<string, int> Positives,
    IReadOnlyDictionary<string, double> Thresholds,
    EvaluationReport CrossValidation,
    string TrainingHash,
    string BaseTrainingHash,
    string OptionsHash,
    double Seconds,
    string CreatedAt);
