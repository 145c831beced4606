using System.Diagnostics;
using StrategyMiner.Samples;
using StrategyMiner.Samples.Digital;
using StrategyMiner.Samples.Scans;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace StrategyMiner.Cli.Tests;

/// <summary>Builds the PDFs the CLI tests use, in the test.</summary>
internal static class Fixtures
{
    public static string Digital(string folder, string fileName, string region, int chapters = 6)
    {
        var pdf = SampleCorpus.Strategy(region, region + "s län", $"Strategi för {region}", SampleTexts.Chapters.Take(chapters).ToList(), stripPage: null).Build();
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>A strategy whose pages 2.. are scans, so that reading it takes OCR time.</summary>
    public static string MostlyScanned(string folder, string fileName, string region, int scannedPages)
    {
        var builder = new StrategyPdfBuilder($"Strategi för {region}", $"Strategi · Region {region}", "{page}");
        builder.AddPage(columns: 1);
        SampleCorpus.AddChapter(builder, SampleTexts.Chapters[0], region, region + "s län");
        for (var i = 0; i < scannedPages; i++)
        {
            builder.AddPage(columns: 1);
            SampleCorpus.AddChapter(builder, SampleTexts.Chapters[1 + (i % (SampleTexts.Chapters.Count - 1))], region, region + "s län", take: 2);
        }
        var pages = Enumerable.Range(2, scannedPages).ToDictionary(p => p, _ => ScanPageOptions.Default);
        var pdf = new ScanSimulator(new ScanOptions { Seed = 5 }).Scan(builder.Build(), pages);
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public static string NotAPdf(string folder) => Write(folder, "anteckningar.pdf", "Det här är inga PDF-data, bara text om Härjedalen."u8.ToArray());

    public static string ThousandsOfPages(string folder) => Write(folder, "bilagor-samlade.pdf", BadPdfSamples.ManyPages(3000));

    public static string Empty(string folder) => Write(folder, "tom.pdf", []);

    public static string Truncated(string folder, string source) =>
        Write(folder, "trasig.pdf", File.ReadAllBytes(source)[..1200]);

    public static string NothingToRead(string folder)
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        builder.AddPage(PageSize.A4);
        return Write(folder, "bara-tomma-sidor.pdf", builder.Build());
    }

    /// <summary>Encrypts with pikepdf (Debian's python3-pikepdf, installed with ocrmypdf by the setup script).</summary>
    public static string Encrypted(string folder, string source)
    {
        var target = Path.Combine(folder, "krypterad.pdf");
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import pikepdf,sys; p=pikepdf.open(sys.argv[1]); p.save(sys.argv[2], encryption=pikepdf.Encryption(owner='ägare', user='hemligt', R=6))");
        info.ArgumentList.Add(source);
        info.ArgumentList.Add(target);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"pikepdf could not encrypt the fixture (run ./build.sh setup): {error}");
        return target;
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
