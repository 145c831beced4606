using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace StrategyMiner.Coding;

/// <summary>Features and trainer settings of the local coder; part of the model version.</summary>
public sealed record LocalCoderOptions
{
    /// <summary>Longest word n-gram (all lengths from 1 are used).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Shortest character n-gram.</summary>
    public int CharNgramMin { get; init; } = 3;

    /// <summary>Longest character n-gram.</summary>
    public int CharNgramMax { get; init; } = 5;

    /// <summary>Weight n-grams by TF-IDF (fitted on the training passages) instead of raw counts.</summary>
    public bool TfIdf { get; init; } = true;

    /// <summary>L2 regularisation of the logistic regressions.</summary>
    public float L2Regularization { get; init; } = 0.03f;

    /// <summary>L1 regularisation of the logistic regressions.</summary>
    public float L1Regularization { get; init; }

    /// <summary>L-BFGS stops when the loss improves by less than this (relative). ML.NET defaults to 1e-7; 1e-5 trains in about two thirds of the time for 0.001 less cross-validated F1.</summary>
    public float OptimizationTolerance { get; init; } = 1e-5f;

    /// <summary>Cross-validation folds used to tune each code's threshold.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The settings the shipped default model uses.</summary>
    public static LocalCoderOptions Default { get; } = new();

    /// <summary>A short hash of the settings.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this))))[..16];
}
