using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StrategyMiner.Pipeline;

namespace StrategyMiner.Cli.Output;

/// <summary>
/// Progress as plain log lines, for output that is not a terminal (CI, pipes): a line when a stage
/// starts, then at most one every few seconds with count, rate and time left.
/// </summary>
internal sealed class PlainRunProgress(TextWriter output) : IRunProgress
{
    private sealed class Stage
    {
        public required string Unit;
        public long Total;
        public long Done;
        public readonly Stopwatch Clock = Stopwatch.StartNew();
        public TimeSpan LastPrint;
    }

    private readonly ConcurrentDictionary<string, Stage> _stages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void StageStarted(string stage, int total, string unit)
    {
        _stages[stage] = new Stage { Unit = unit, Total = total };
        if (total > 0) Write($"{stage}: {total} {unit}");
    }

    public void AddWork(string stage, int amount)
    {
        if (_stages.TryGetValue(stage, out var s)) Interlocked.Add(ref s.Total, amount);
    }

    public void Advance(string stage, int amount = 1)
    {
        if (!_stages.TryGetValue(stage, out var s)) return;
        var done = Interlocked.Add(ref s.Done, amount);
        var elapsed = s.Clock.Elapsed;
        if (done < s.Total && elapsed - s.LastPrint < TimeSpan.FromSeconds(5)) return;
        s.LastPrint = elapsed;
        var rate = done / Math.Max(elapsed.TotalSeconds, 1e-3);
        var left = rate > 0 && s.Total > done ? TimeSpan.FromSeconds((s.Total - done) / rate) : TimeSpan.Zero;
        Write(string.Create(CultureInfo.InvariantCulture, $"{stage}: {done}/{s.Total} {s.Unit}, {rate:0.0}/s{(left > TimeSpan.Zero ? $", about {left:mm\\:ss} left" : "")}"));
    }

    public void Log(string message) => Write(message);

    private void Write(string line)
    {
        lock (_gate) output.WriteLine(line);
    }
}
