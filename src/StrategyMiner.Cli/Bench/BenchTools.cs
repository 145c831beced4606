using System.Diagnostics;
using System.Globalization;

namespace StrategyMiner.Cli.Bench;

/// <summary>Helpers shared by the benchmarks: timing external anchors and formatting figures.</summary>
internal static class BenchTools
{
    /// <summary>Runs a program to completion and returns its wall time; throws with its stderr if it fails.</summary>
    public static TimeSpan Time(string program, IEnumerable<string> args, IDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        if (env is not null) foreach (var (k, v) in env) info.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {stderr.Result.Trim()}");
        return clock.Elapsed;
    }

    /// <summary>True when a program is on PATH.</summary>
    public static bool Has(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    public static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Peak resident memory of this process in MiB (VmHWM), or null where /proc is missing.</summary>
    public static double? PeakMemoryMiB()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is null) return null;
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        catch (IOException) { return null; }
    }
}
