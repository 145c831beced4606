using System.Diagnostics;
using System.Globalization;
using StrategyMiner.Repair;
using StrategyMiner.Repair.Language;

namespace StrategyMiner.Cli.Bench;

/// <summary>
/// Benchmark of the OCR repair stage: word error rate after repair on damaged text with a known answer,
/// share of words changed in clean text, page-level repair decisions, and speed. Measured on the held-out
/// tenth of the project's own Swedish text (split off by a hash of each paragraph before any model is
/// built, see <see cref="SwedishCorpus.IsHeldOut"/>) and, when ../shared is there, on the dev seeds
/// (never used to build or tune anything).
/// </summary>
public static class RepairBench
{
    /// <summary>Runs the benchmark; <paramref name="workDir"/> is unused (everything it reads is embedded or in ../shared).</summary>
    public static int Run(string workDir, bool quick, TextWriter output)
    {
        _ = workDir;
        var sw = Stopwatch.StartNew();
        var repairer = SwedishRepairer.CreateDefault();
        var load = sw.Elapsed.TotalSeconds;
        output.WriteLine("# OCR repair benchmark");
        output.WriteLine($"model: {repairer.Description}");
        output.WriteLine($"load: {F(load, "0.00")} s (lexicon from cache if present, language model from embedded text)");
        output.WriteLine();

        var heldOut = SwedishCorpus.HeldOut.ToList();
        if (quick) heldOut = heldOut.Take(60).ToList();
        var heldOutWords = heldOut.Sum(WordCount);
        output.WriteLine($"## Held-out own text ({heldOut.Count} paragraphs, {heldOutWords:N0} words, not in the model)");
        Row(output, "stripped diacritics", heldOut.Select(SwedishOcrDamage.Strip), heldOut, repairer);
        Row(output, "stripped + OCR confusions (1 word in 8)", heldOut.Select((p, i) => SwedishOcrDamage.Damage(p, i, 0.125)), heldOut, repairer);
        var changedClean = WordsChanged(repairer, heldOut);
        output.WriteLine($"clean text, words changed: {Pct(changedClean, heldOutWords)}");
        output.WriteLine();

        TesseractRow(output, repairer);
        output.WriteLine();

        output.WriteLine("## Page decisions (NeedsRepair) on held-out paragraphs");
        var pages = Pages(heldOut, 6);
        var cleanFlagged = pages.Count(p => repairer.NeedsRepair(p));
        var strippedMissed = pages.Count(p => !repairer.NeedsRepair(SwedishOcrDamage.Strip(p)));
        output.WriteLine($"clean pages flagged for repair: {cleanFlagged}/{pages.Count}; stripped pages not flagged: {strippedMissed}/{pages.Count}");
        output.WriteLine();

        var shared = FindShared();
        if (shared is not null)
        {
            output.WriteLine($"## Dev seeds ({shared}; never used to build or tune)");
            Seeds(shared, repairer, output);
        }
        else
        {
            output.WriteLine("note: ../shared (dev seeds) is absent next to this checkout; the seed figures (seed 000 against its hand-corrected gold, seed 003 stripped and clean) are skipped.");
        }
        output.WriteLine();

        output.WriteLine("## Speed (one thread)");
        var speedText = string.Join("\n", heldOut.Select(SwedishOcrDamage.Strip));
        var speedWords = WordCount(speedText);
        var rounds = quick ? 1 : 3;
        repairer.Repair(speedText);
        sw.Restart();
        for (var r = 0; r < rounds; r++) repairer.Repair(speedText);
        var perSecond = speedWords * rounds / sw.Elapsed.TotalSeconds;
        output.WriteLine($"stripped text: {perSecond:N0} words/s");
        var cleanText = string.Join("\n", heldOut);
        sw.Restart();
        for (var r = 0; r < rounds; r++) repairer.Repair(cleanText);
        output.WriteLine($"clean text: {WordCount(cleanText) * rounds / sw.Elapsed.TotalSeconds:N0} words/s");
        return 0;
    }

    // Held-out paragraphs rendered as page images and read by Tesseract's English model
    // (corpus/language/tools/tesseract-eng-eval.py): real OCR damage with a known answer.
    private static void TesseractRow(TextWriter output, SwedishRepairer repairer)
    {
        var root = FindRoot();
        var file = root is null ? null : Path.Combine(root, "corpus", "language", "eval", "tesseract-eng-heldout.txt");
        if (file is null || !File.Exists(file))
        {
            output.WriteLine("note: corpus/language/eval/tesseract-eng-heldout.txt not found; the Tesseract-English figure is skipped.");
            return;
        }
        var clean = new List<string>();
        var ocr = new List<string>();
        var skipped = 0;
        foreach (var block in File.ReadAllText(file).Split("=== CLEAN\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = block.Split("=== OCR\n");
            if (parts.Length != 2) continue;
            var paragraphs = parts[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // Only pages whose every paragraph is still held out from the model count.
            if (!paragraphs.All(SwedishCorpus.IsHeldOut)) { skipped++; continue; }
            clean.Add(string.Join("\n", paragraphs));
            ocr.Add(parts[1]);
        }
        var reference = string.Join("\n", clean);
        var before = string.Join("\n", ocr);
        var after = string.Join("\n", ocr.Select(o => repairer.Repair(o).Text));
        output.WriteLine($"Tesseract -l eng on rendered held-out pages ({clean.Count} pages, {WordCount(reference):N0} words{(skipped > 0 ? $", {skipped} pages skipped: no longer held out" : "")}): WER before {Pct(Wer(before, reference))}, after {Pct(Wer(after, reference))}");
    }

    private static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "StrategyMiner.sln"))) return dir.FullName;
        return null;
    }

    // The dev data sits beside the repository (../shared from the root that holds StrategyMiner.sln);
    // look up from the working folder and from the program's folder.
    private static string? FindShared()
    {
        if (FindRoot() is not { } root) return null;
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(Path.Combine(shared, "seeds")) ? shared : null;
    }

    private static void Seeds(string shared, SwedishRepairer repairer, TextWriter output)
    {
        var seeds = Path.Combine(shared, "seeds");
        var seed000 = Directory.GetFiles(seeds, "000_*").FirstOrDefault();
        var gold = Path.Combine(shared, "dev-gold", "seed000.gold.txt");
        if (seed000 is not null && File.Exists(gold))
        {
            var text = File.ReadAllText(seed000);
            var expected = File.ReadAllText(gold);
            var result = repairer.Repair(text);
            output.WriteLine($"seed 000 vs gold: WER before {Pct(Wer(text, expected))}, after {Pct(Wer(result.Text, expected))} ({result.Changes.Count} changes; NeedsRepair={repairer.NeedsRepair(text)}; lines kept: {Lines(text) == Lines(result.Text)})");
            foreach (var (was, now) in Differences(result.Text, expected)) output.WriteLine($"    left: {was} (gold: {now})");
        }
        var seed003 = Directory.GetFiles(seeds, "003_*").FirstOrDefault();
        if (seed003 is not null)
        {
            var clean = File.ReadAllText(seed003);
            var stripped = SwedishOcrDamage.Strip(clean);
            var repaired = repairer.Repair(stripped);
            output.WriteLine($"seed 003 stripped: WER before {Pct(Wer(stripped, clean))}, after {Pct(Wer(repaired.Text, clean))} ({WordCount(clean):N0} words)");
            var asIs = repairer.Repair(clean);
            output.WriteLine($"seed 003 clean: words changed {Pct(asIs.Changes.Sum(c => WordCount(c.Before)), WordCount(clean))}; NeedsRepair={repairer.NeedsRepair(clean)}");
            foreach (var c in asIs.Changes.Take(10)) output.WriteLine($"    changed: {c.Before} -> {c.After} ({F(c.Score, "0.0")})");
        }
        var seed004 = Directory.GetFiles(seeds, "004_*").FirstOrDefault();
        if (seed004 is not null)
        {
            var text = File.ReadAllText(seed004);
            var result = repairer.Repair(text);
            output.WriteLine($"seed 004 (no gold): {result.Changes.Count} changes, NeedsRepair={repairer.NeedsRepair(text)}");
        }
        var seed001 = Directory.GetFiles(seeds, "001_*").FirstOrDefault();
        if (seed001 is not null)
        {
            var text = File.ReadAllText(seed001);
            var result = repairer.Repair(text);
            output.WriteLine($"seed 001 (read correctly): words changed {Pct(result.Changes.Sum(c => WordCount(c.Before)), WordCount(text))}, NeedsRepair={repairer.NeedsRepair(text)}");
        }
    }

    private static void Row(TextWriter output, string label, IEnumerable<string> damaged, List<string> clean, SwedishRepairer repairer)
    {
        var damagedList = damaged.ToList();
        var before = Wer(string.Join("\n", damagedList), string.Join("\n", clean));
        var repaired = string.Join("\n", damagedList.Select(d => repairer.Repair(d).Text));
        output.WriteLine($"{label}: WER before {Pct(before)}, after {Pct(Wer(repaired, string.Join("\n", clean)))}");
    }

    private static long WordsChanged(SwedishRepairer repairer, IEnumerable<string> clean) =>
        clean.Sum(p => repairer.Repair(p).Changes.Sum(c => (long)WordCount(c.Before)));

    private static List<string> Pages(List<string> paragraphs, int perPage)
    {
        var pages = new List<string>();
        for (var i = 0; i < paragraphs.Count; i += perPage)
            pages.Add(string.Join("\n\n", paragraphs.Skip(i).Take(perPage)));
        return pages;
    }

    /// <summary>Word error rate: word-level edit distance over the reference's word count (words split on white space).</summary>
    public static double Wer(string hypothesis, string reference)
    {
        var h = Words(hypothesis);
        var r = Words(reference);
        var previous = new int[h.Length + 1];
        var current = new int[h.Length + 1];
        for (var j = 0; j <= h.Length; j++) previous[j] = j;
        for (var i = 1; i <= r.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= h.Length; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(r[i - 1], h[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return r.Length == 0 ? 0 : (double)previous[h.Length] / r.Length;
    }

    private static List<(string, string)> Differences(string hypothesis, string reference)
    {
        var h = Words(hypothesis);
        var r = Words(reference);
        var list = new List<(string, string)>();
        if (h.Length != r.Length) return [("(word counts differ)", $"{h.Length} vs {r.Length}")];
        for (var i = 0; i < h.Length; i++)
            if (!string.Equals(h[i], r[i], StringComparison.Ordinal)) list.Add((h[i], r[i]));
        return list;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    private static int WordCount(string text) => Words(text).Length;
    private static int Lines(string text) => text.Count(c => c == '\n');
    private static string Pct(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
    private static string Pct(long part, long whole) => whole == 0 ? "n/a" : Pct((double)part / whole) + $" ({part}/{whole})";
    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
