using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using StrategyMiner.Documents;
using StrategyMiner.Ocr;
using StrategyMiner.Samples.Scans;
using static StrategyMiner.Cli.Bench.BenchTools;

namespace StrategyMiner.Cli.Bench;

/// <summary>
/// Benchmark of the OCR stage. Typesets Swedish pages (text written for this benchmark only, never used
/// to build or tune the OCR stage), scans them with <see cref="ScanSimulator"/> (a clean straight scan and
/// a noisy, skewed one with dust) and measures: pages/s of <see cref="TesseractRecognizer"/> on all cores
/// against the <c>tesseract</c> CLI page by page on one thread (OMP_THREAD_LIMIT=1, same 300 dpi images,
/// rendering not counted for the CLI) and against <c>ocrmypdf --jobs 2</c>; and the word error rate
/// (word-level Levenshtein after <see cref="WordErrorRate"/>'s normalisation) against the source text,
/// for each scan and for the embedded-image and rendered page sources.
/// </summary>
public static class OcrBench
{
    private const int Seed = 2024;

    /// <summary>Runs the benchmark in <paramref name="workDir"/>; returns 0, or 1 when OCR is not installed.</summary>
    public static int Run(string workDir, bool quick, TextWriter output)
    {
        var folder = Path.Combine(workDir, "ocr");
        Directory.CreateDirectory(folder);
        var pageCount = quick ? 3 : 8;
        output.WriteLine("# OCR benchmark");
        output.WriteLine($"{pageCount} A4 pages of Swedish text, 300 dpi grey scans; {Environment.ProcessorCount} cores; load average {LoadAverage()}");

        TesseractRecognizer recognizer;
        try
        {
            recognizer = new TesseractRecognizer();
        }
        catch (OcrUnavailableException ex)
        {
            output.WriteLine($"skipped: {ex.Message}");
            return 1;
        }
        using (recognizer)
        {
            output.WriteLine($"tesseract {TesseractRecognizer.TesseractVersion}, language {recognizer.Options.Language}, {recognizer.Options.Workers} workers");

            var pages = BenchPages(pageCount);
            var sources = pages.Select(p => string.Join("\n\n", p.Select(x => x.StartsWith("# ", StringComparison.Ordinal) ? x[2..] : x))).ToArray();
            var digital = PlainTextPdf.Build(pages);
            var clean = Write(folder, "clean.pdf", new ScanSimulator(ScanOptions.Clean with { Seed = Seed }).ScanAll(digital));
            var noisy = Write(folder, "noisy.pdf", new ScanSimulator(new ScanOptions { Seed = Seed }).ScanAll(digital));
            var numbers = Enumerable.Range(1, pageCount).ToArray();
            output.WriteLine($"inputs: {clean} ({MiB(clean)}), {noisy} ({MiB(noisy)}); {sources.Sum(s => Words(s)):N0} words");
            output.WriteLine();

            using var rendered = new TesseractRecognizer(recognizer.Options with { ImageSource = PageImageSource.Render });
            using var embedded = new TesseractRecognizer(recognizer.Options with { ImageSource = PageImageSource.Embedded });
            // Untimed warm-up: loads one engine per worker and compiles the code paths.
            foreach (var warm in new[] { recognizer, rendered, embedded })
                Measure(warm, noisy, numbers.Take(warm.Options.Workers).ToArray(), sources);

            // Speed: our recognizer and the tesseract CLI alternate, best of the rounds, so that other work on
            // the machine hits both alike.
            var rounds = quick ? 1 : 3;
            Result? fastest = null, cli = null;
            for (var round = 0; round < rounds; round++)
            {
                fastest = Best(fastest, Measure(recognizer, noisy, numbers, sources));
                var cliRound = TesseractCli(folder, noisy, numbers, sources, round == 0 ? output : TextWriter.Null);
                if (cliRound is not null) cli = Best(cli, cliRound.Value);
            }
            var ours = fastest!.Value;
            var renderedClean = Measure(rendered, clean, numbers, sources);
            var renderedNoisy = Measure(rendered, noisy, numbers, sources);
            var embeddedClean = Measure(embedded, clean, numbers, sources);
            var embeddedNoisy = Measure(embedded, noisy, numbers, sources);
            output.WriteLine("## Word error rate against the source text (lower is better)");
            output.WriteLine($"clean straight scan, embedded image:  WER {Pct(embeddedClean.Wer)}   (target <= 2%)");
            output.WriteLine($"clean straight scan, rendered:        WER {Pct(renderedClean.Wer)}");
            output.WriteLine($"noisy skewed scan, embedded image:    WER {Pct(embeddedNoisy.Wer)}");
            output.WriteLine($"noisy skewed scan, rendered:          WER {Pct(renderedNoisy.Wer)}");
            if (!quick)
            {
                using var straightOnly = new TesseractRecognizer(recognizer.Options with { Deskew = false });
                output.WriteLine($"noisy skewed scan, no deskew:         WER {Pct(Measure(straightOnly, noisy, numbers, sources).Wer)}");
            }
            output.WriteLine();

            output.WriteLine("## Speed on the noisy scan (pages/s, higher is better)");
            output.WriteLine($"(best of {rounds} alternating rounds for StrategyMiner default and the tesseract CLI)");
            output.WriteLine($"StrategyMiner, default ({recognizer.Options.ImageSource}), {recognizer.Options.Workers} workers: {F(ours.PagesPerSecond)} pages/s ({F(ours.Seconds, "0.0")} s), WER {Pct(ours.Wer)}, CPU {F(ours.CpuPerPage)} s/page");
            output.WriteLine($"StrategyMiner, embedded image, {embedded.Options.Workers} workers:  {F(embeddedNoisy.PagesPerSecond)} pages/s");
            output.WriteLine($"StrategyMiner, rendered (pdftoppm), {rendered.Options.Workers} workers: {F(renderedNoisy.PagesPerSecond)} pages/s");
            if (!quick)
            {
                using var single = new TesseractRecognizer(recognizer.Options with { Workers = 1 });
                Measure(single, noisy, [1], sources);
                var one = Measure(single, noisy, numbers, sources);
                output.WriteLine($"StrategyMiner, default, 1 worker:     {F(one.PagesPerSecond)} pages/s ({F(one.Seconds, "0.0")} s), CPU {F(one.CpuPerPage)} s/page");
            }
            if (cli is not null)
            {
                output.WriteLine($"tesseract CLI, 1 thread, page by page: {F(cli.Value.PagesPerSecond)} pages/s ({F(cli.Value.Seconds, "0.0")} s), WER {Pct(cli.Value.Wer)}, CPU {F(cli.Value.CpuPerPage)} s/page");
                output.WriteLine($"ratio StrategyMiner / tesseract CLI:   {F(ours.PagesPerSecond / cli.Value.PagesPerSecond)}x   (target >= 1.8x)");
            }
            var ocrmypdf = OcrMyPdf(folder, noisy, sources, output);
            if (ocrmypdf is not null)
            {
                output.WriteLine($"ocrmypdf --jobs 2:                     {F(ocrmypdf.Value.PagesPerSecond)} pages/s ({F(ocrmypdf.Value.Seconds, "0.0")} s), WER {Pct(ocrmypdf.Value.Wer)}, CPU {F(ocrmypdf.Value.CpuPerPage)} s/page");
                output.WriteLine($"ratio StrategyMiner / ocrmypdf:        {F(ours.PagesPerSecond / ocrmypdf.Value.PagesPerSecond)}x   (target >= 1.0x)");
            }
            output.WriteLine($"load average after: {LoadAverage()}");
        }
        return 0;
    }

    /// <summary>Wall time, pages per wall second, word error rate, and CPU seconds per page (all threads and child processes).</summary>
    private readonly record struct Result(double Seconds, double PagesPerSecond, double Wer, double CpuPerPage);

    private static Result Measure(TesseractRecognizer recognizer, string pdf, int[] numbers, string[] sources)
    {
        var cpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        var read = recognizer.Recognize(pdf, numbers).ToDictionary(p => p.PageNumber);
        clock.Stop();
        cpu = CpuSeconds() - cpu;
        var failed = read.Values.Where(p => p.Status != PageStatus.Ok).Select(p => $"page {p.PageNumber}: {p.Status} {p.Note}").ToList();
        if (failed.Count > 0) throw new InvalidOperationException("OCR benchmark pages not read: " + string.Join("; ", failed));
        return new Result(clock.Elapsed.TotalSeconds, numbers.Length / clock.Elapsed.TotalSeconds,
            Wer(numbers.Select(n => sources[n - 1]).ToArray(), numbers.Select(n => read[n].Text).ToArray()), cpu / numbers.Length);
    }

    private static Result Best(Result? best, Result next) => best is { } b && b.Seconds <= next.Seconds ? b : next;

    private static Result? TesseractCli(string folder, string pdf, int[] numbers, string[] sources, TextWriter output)
    {
        if (!Has("tesseract") || !Has("pdftoppm"))
        {
            output.WriteLine("tesseract CLI: skipped (tesseract or pdftoppm not on PATH)");
            return null;
        }
        // The same 300 dpi grey images our recognizer reads; rendering is not timed for the CLI.
        var images = Path.Combine(folder, "pages");
        if (!Directory.Exists(images))
        {
            Directory.CreateDirectory(images);
            Time("pdftoppm", ["-r", "300", "-gray", pdf, Path.Combine(images, "p")]);
        }
        var files = Directory.GetFiles(images, "p-*.pgm").Order(StringComparer.Ordinal).ToArray();
        var single = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        var total = TimeSpan.Zero;
        var cpu = CpuSeconds();
        var texts = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            var outBase = Path.ChangeExtension(files[i], null);
            total += Time("tesseract", [files[i], outBase, "-l", "swe", "--dpi", "300"], single);
            texts[i] = File.ReadAllText(outBase + ".txt");
        }
        cpu = CpuSeconds() - cpu;
        return new Result(total.TotalSeconds, numbers.Length / total.TotalSeconds, Wer(sources, texts), cpu / numbers.Length);
    }

    private static Result? OcrMyPdf(string folder, string pdf, string[] sources, TextWriter output)
    {
        if (!Has("ocrmypdf"))
        {
            output.WriteLine("ocrmypdf: skipped (not on PATH)");
            return null;
        }
        var sidecar = Path.Combine(folder, "ocrmypdf.txt");
        var cpu = CpuSeconds();
        var elapsed = Time("ocrmypdf", ["--sidecar", sidecar, "--force-ocr", "-l", "swe", "--jobs", "2", "--quiet", pdf, Path.Combine(folder, "ocrmypdf.pdf")]);
        // The sidecar separates pages with form feeds.
        var texts = File.ReadAllText(sidecar).Split('\f');
        cpu = CpuSeconds() - cpu;
        return new Result(elapsed.TotalSeconds, sources.Length / elapsed.TotalSeconds, Wer(sources, texts.Take(sources.Length).ToArray()), cpu / sources.Length);
    }

    /// <summary>
    /// CPU seconds used so far by this process and by its children that have ended (getrusage), so that a
    /// machine busy with other work, which stretches wall time, can be told apart from our own cost.
    /// </summary>
    private static double CpuSeconds()
    {
        var own = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        if (OperatingSystem.IsWindows()) return own;
        foreach (var name in new[] { "libc.so.6", "libc", "libSystem.dylib" })
        {
            if (!NativeLibrary.TryLoad(name, out var libc) || !NativeLibrary.TryGetExport(libc, "getrusage", out var export)) continue;
            var getrusage = Marshal.GetDelegateForFunctionPointer<GetRUsage>(export);
            var usage = new long[32]; // struct rusage; it starts with two timevals (user, system)
            const int Children = -1;
            if (getrusage(Children, usage) != 0) break;
            return own + usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6;
        }
        return own;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int GetRUsage(int who, [Out] long[] usage);

    private static double Wer(string[] sources, string[] texts)
    {
        var errors = sources.Select((s, i) => WordErrorRate.Errors(s, i < texts.Length ? texts[i] : "")).Sum();
        return (double)errors / sources.Sum(Words);
    }

    private static int Words(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string MiB(string path) => F(new FileInfo(path).Length / 1048576.0, "0.0") + " MiB";

    private static string Pct(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Pages of a heading and four or five paragraphs of three to five sentences drawn (seeded) from <see cref="Sentences"/>.</summary>
    private static List<IReadOnlyList<string>> BenchPages(int count)
    {
        var random = new Random(Seed);
        var pages = new List<IReadOnlyList<string>>();
        for (var p = 0; p < count; p++)
        {
            var page = new List<string> { "# " + Headings[p % Headings.Length] };
            var paragraphs = 4 + random.Next(2);
            for (var i = 0; i < paragraphs; i++)
                page.Add(string.Join(' ', Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentences[random.Next(Sentences.Length)])));
            pages.Add(page);
        }
        return pages;
    }

    private static readonly string[] Headings =
    [
        "Ett konkurrenskraftigt näringsliv", "Kompetens för framtidens arbetsliv", "Hållbar samhällsplanering",
        "Tillgänglighet i hela länet", "Klimatomställning och energi", "Attraktiva livsmiljöer",
        "Uppföljning och lärande", "Genomförande i samverkan",
    ];

    private static readonly string[] Sentences =
    [
        "Länets företag ska ha goda möjligheter att växa, exportera och anställa fler medarbetare.",
        "Andelen invånare med eftergymnasial utbildning är lägre än i riket som helhet.",
        "Regionen samordnar arbetet med smart specialisering tillsammans med lärosäten och näringsliv.",
        "Kommunerna ansvarar för översiktsplaneringen och för att det byggs bostäder i takt med behoven.",
        "Pendlingsmöjligheterna mellan kommunerna behöver förbättras, särskilt för den som saknar bil.",
        "Utsläppen av växthusgaser från transporter har minskat med tolv procent sedan 2015.",
        "Strategin följs upp årligen med ett antal indikatorer som redovisas för regionfullmäktige.",
        "Ungdomar som varken arbetar eller studerar ska få stöd att hitta en väg till jobb.",
        "Besöksnäringen är en viktig del av ekonomin i fjällkommunerna och längs kusten.",
        "Tillgången till snabbt bredband är en förutsättning för att kunna bo och verka i hela länet.",
        "Kulturlivet bidrar till att göra orterna attraktiva för både invånare och besökare.",
        "Vård och omsorg står inför stora rekryteringsbehov under de kommande tio åren.",
        "Skogen och jordbruket ger råvaror till en växande biobaserad industri.",
        "Samverkan med civilsamhället stärker förmågan att nå grupper som står långt från arbetsmarknaden.",
        "Ett jämställt och inkluderande arbetsliv gör att fler kan bidra med sin kompetens.",
        "Elnätets kapacitet begränsar i dag etableringen av nya industrier i delar av länet.",
        "Regionala utvecklingsmedel används för att pröva nya arbetssätt i mindre orter.",
        "Klimatanpassning handlar om att förebygga skador av översvämningar, ras och värmeböljor.",
        "Småföretagens tillgång till riskkapital är begränsad jämfört med storstadsregionerna.",
        "Högskolan erbjuder distansutbildningar som gör det möjligt att studera på hemorten.",
        "Befolkningen i inlandet minskar medan kuststäderna växer och blir allt äldre.",
        "Digitala tjänster kan göra vård, skola och service tillgängliga även där avstånden är långa.",
        "Målet är att länet ska vara fossilfritt och att all el ska komma från förnybara källor.",
        "Vi ska bli bättre på att ta vara på den kompetens som nyanlända för med sig.",
        "Godstransporterna behöver flyttas från väg till järnväg och sjöfart där det är möjligt.",
        "Samarbetet över länsgränsen är viktigt för arbetsmarknaden i gränsområdena.",
        "Insatserna ska ha tydliga mål, och resultaten ska kunna jämföras mellan åren.",
        "Många föreningar är beroende av ideella krafter som blir allt svårare att rekrytera.",
        "Näringslivet efterfrågar tekniker, sjuksköterskor och lärare i högre grad än tidigare.",
        "Kommunernas ekonomi påverkas av att andelen personer i arbetsför ålder minskar.",
        "Länsstyrelsen, Region och kommunerna har ett gemensamt ansvar för genomförandet.",
        "Livsmedelsstrategin syftar till att öka produktionen och förädlingen av mat i länet.",
        "Den som flyttar hit ska snabbt få information om bostad, arbete och förskola.",
        "Turismen har återhämtat sig efter pandemin, men säsongsvariationerna är stora.",
        "Forskning och innovation ska bidra till lösningar på samhällsutmaningarna.",
        "Gång- och cykelvägar mellan tätorterna gör det lättare att välja hållbara resor.",
    ];
}
