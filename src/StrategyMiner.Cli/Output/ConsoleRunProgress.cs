using System.Collections.Concurrent;
using Spectre.Console;
using Spectre.Console.Rendering;
using StrategyMiner.Pipeline;

namespace StrategyMiner.Cli.Output;

/// <summary>Live progress bars per stage with rate and time left (Spectre.Console).</summary>
internal sealed class ConsoleRunProgress(ProgressContext context) : IRunProgress
{
    private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, string> Units = new();

    public void StageStarted(string stage, int total, string unit)
    {
        var task = _tasks.GetOrAdd(stage, s => context.AddTask(Markup.Escape(s), maxValue: Math.Max(total, 0)));
        task.MaxValue = Math.Max(total, task.MaxValue);
        Units[task.Id] = unit;
        if (total == 0) task.IsIndeterminate = true;
    }

    public void AddWork(string stage, int amount)
    {
        if (!_tasks.TryGetValue(stage, out var task)) return;
        task.IsIndeterminate = false;
        task.MaxValue += amount;
    }

    public void Advance(string stage, int amount = 1)
    {
        if (_tasks.TryGetValue(stage, out var task)) task.Increment(amount);
    }

    public void Log(string message) => AnsiConsole.MarkupLine(message.StartsWith("error:", StringComparison.Ordinal)
        ? $"[red]{Markup.Escape(message)}[/]"
        : Markup.Escape(message));

    /// <summary>Marks every bar finished (so none stays "running" after the run).</summary>
    public void Finish()
    {
        foreach (var task in _tasks.Values)
        {
            task.IsIndeterminate = false;
            if (task.MaxValue == 0) task.MaxValue = 1;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    /// <summary>Columns: stage, bar, done/total, rate per second, time left.</summary>
    public static ProgressColumn[] Columns() =>
    [
        new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn(),
    ];

    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text($"{task.Value:0}/{task.MaxValue:0} {Units.GetValueOrDefault(task.Id, "")}");
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } s ? $"{s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}/s" : "", new Style(Color.Grey));
    }
}
