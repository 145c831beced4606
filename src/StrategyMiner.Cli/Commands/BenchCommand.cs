using System.CommandLine;
using StrategyMiner.Cli.Bench;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer bench</c>: speed and quality figures against the anchors, measured in one run.</summary>
public sealed class BenchCommand : ICommandDefinition
{
    private static readonly (string Name, string What, Func<string, bool, TextWriter, int> Run)[] Benchmarks =
    [
        ("extract", "digital pages/s with layout analysis vs pdftotext", ExtractionBench.Run),
        ("ocr", "OCR pages/s vs tesseract CLI and ocrmypdf; word error rate", OcrBench.Run),
        ("repair", "repair word error rate (seeds, stripped 003, clean text) and words/s", RepairBench.Run),
        ("coding", "coder F1 on the held-out split, training time, passages/s", CodingBench.Run),
        ("e2e", "the main job on a 21-document corpus: time, re-run, peak memory, growth 1→21", EndToEndBench.Run),
    ];

    /// <inheritdoc />
    public Command Build()
    {
        var names = new Argument<string[]>("names") { Description = "Which: " + string.Join(", ", Benchmarks.Select(b => b.Name)) + " (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var quick = new Option<bool>("--quick") { Description = "Smaller inputs, for a smoke test; figures are not comparable." };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Folder for generated inputs (default: a folder under the system temp)." };
        var command = new Command("bench", "Run benchmarks and print figures (see docs/benchmarks.md).") { names, quick, work };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(names) is { Length: > 0 } n ? n : Benchmarks.Select(b => b.Name).ToArray();
            foreach (var name in wanted)
                if (Benchmarks.All(b => b.Name != name)) throw new UserErrorException($"unknown benchmark '{name}'; choose from {string.Join(", ", Benchmarks.Select(b => b.Name))}");
            var folder = parse.GetValue(work)?.FullName ?? Path.Combine(Path.GetTempPath(), "strategyminer-bench");
            Directory.CreateDirectory(folder);
            Console.WriteLine($"bench: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, work folder {folder}");
            var rc = 0;
            foreach (var bench in Benchmarks.Where(b => wanted.Contains(b.Name)))
            {
                Console.WriteLine($"== {bench.Name}: {bench.What}");
                rc |= bench.Run(folder, parse.GetValue(quick), Console.Out);
            }
            return rc;
        });
        return command;
    }
}
