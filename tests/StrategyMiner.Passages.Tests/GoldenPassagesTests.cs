using System.Runtime.CompilerServices;
using System.Text;
using StrategyMiner.Documents;

namespace StrategyMiner.Passages.Tests;

/// <summary>
/// Compares the passages of the golden document with Golden/dalastrategin.passages.txt, a file a
/// person can read and check. After a deliberate change, regenerate it with
/// <c>STRATEGYMINER_UPDATE_GOLDEN=1 dotnet test tests/StrategyMiner.Passages.Tests</c> and review the diff.
/// </summary>
public class GoldenPassagesTests
{
    private const string GoldenName = "dalastrategin.passages.txt";

    [Test]
    public void Passages_match_the_golden_file()
    {
        var actual = Format(GoldenFixture.Build().Passages);
        if (Environment.GetEnvironmentVariable("STRATEGYMINER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "Golden", GoldenName), actual, new UTF8Encoding(false));
            Assert.Inconclusive("Golden file rewritten; review the diff and run again without STRATEGYMINER_UPDATE_GOLDEN.");
        }

        var expected = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", GoldenName)).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            Assert.That(actualLines[i], Is.EqualTo(expectedLines[i]), $"line {i + 1} of Golden/{GoldenName}");
        }
        Assert.That(actualLines, Has.Length.EqualTo(expectedLines.Length), "number of lines");
    }

    internal static string Format(IReadOnlyList<Passage> passages)
    {
        var sb = new StringBuilder();
        sb.Append("# Expected passages of dalastrategin-2030.pdf (Golden/GoldenDocument.cs): ParagraphPassageBuilder over PdfPigExtractor.\n");
        sb.Append("# One block per passage: ordinal, id, pages, source, heading path, then the text. Regenerate with\n");
        sb.Append("# STRATEGYMINER_UPDATE_GOLDEN=1 dotnet test tests/StrategyMiner.Passages.Tests, then review the diff.\n");
        foreach (var p in passages)
        {
            sb.Append('\n');
            sb.Append($"[{p.Ordinal}] id {p.Id} · pages {string.Join(',', p.Pages)} · {p.Source.ToName()} · {p.Heading}\n");
            sb.Append(p.Text).Append('\n');
        }
        return sb.ToString();
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
