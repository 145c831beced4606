namespace StrategyMiner.Pipeline;

/// <summary>Reports nothing.</summary>
public sealed class NullRunProgress : IRunProgress
{
    /// <summary>The shared instance.</summary>
    public static NullRunProgress Instance { get; } = new();

    /// <inheritdoc />
    public void StageStarted(string stage, int total, string unit) { }

    /// <inheritdoc />
    public void Advance(string stage, int amount = 1) { }

    /// <inheritdoc />
    public void AddWork(string stage, int amount) { }

    /// <inheritdoc />
    public void Log(string message) { }
}
