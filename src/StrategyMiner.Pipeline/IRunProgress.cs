namespace StrategyMiner.Pipeline;

/// <summary>Where a run reports what it is doing: a live progress display or a plain log.</summary>
public interface IRunProgress
{
    /// <summary>A stage begins with <paramref name="total"/> units of work (pages, passages…).</summary>
    void StageStarted(string stage, int total, string unit);

    /// <summary>Some units of the stage are done.</summary>
    void Advance(string stage, int amount = 1);

    /// <summary>More work turned up for a stage (e.g. pages of a document just opened).</summary>
    void AddWork(string stage, int amount);

    /// <summary>A line for the log (a file that failed, a document skipped…).</summary>
    void Log(string message);
}
