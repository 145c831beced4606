using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StrategyMiner.Coding;

namespace StrategyMiner.Coding.Tests;

public sealed class BundledDataTests
{
    private static bool IsTest(string id) =>
        Convert.ToUInt32(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8], 16) % 4 == 0;

    [Test]
    public void SplitFollowsTheDocumentedHashRule()
    {
        Assert.That(BundledTrainingSet.Train.Where(p => IsTest(p.Id)).Select(p => p.Id), Is.Empty, "train passages that belong in test");
        Assert.That(BundledTrainingSet.HeldOut.Where(p => !IsTest(p.Id)).Select(p => p.Id), Is.Empty, "test passages that belong in train");
    }

    [Test]
    public void SplitsShareNoIdAndNoText()
    {
        var trainTexts = BundledTrainingSet.Train.Select(p => p.Text.ToLowerInvariant()).ToHashSet();
        Assert.That(BundledTrainingSet.HeldOut.Where(p => trainTexts.Contains(p.Text.ToLowerInvariant())).Select(p => p.Id), Is.Empty);
        Assert.That(BundledTrainingSet.Train.Select(p => p.Id).Intersect(BundledTrainingSet.HeldOut.Select(p => p.Id)), Is.Empty);
    }

    [Test]
    public void TrainingSetIsLargeMultiLabelAndHasNoCodePassages()
    {
        var all = BundledTrainingSet.Train.Concat(BundledTrainingSet.HeldOut).ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(600));
        var none = all.Count(p => !p.Codes.Any());
        Assert.That(none / (double)all.Count, Is.InRange(0.15, 0.30), "share of passages without codes");
        Assert.That(all.Count(p => p.Themes.Count >= 2), Is.GreaterThan(50), "passages with several themes");
        Assert.That(all.Count(p => p.Themes.Count == 0 && p.Dims.Count > 0), Is.GreaterThan(30), "dimensions without themes");
        foreach (var code in LocalCodes.All)
            Assert.That(BundledTrainingSet.HeldOut.Count(p => p.Has(code)), Is.GreaterThanOrEqualTo(5), $"held-out passages with {code}");
    }
    [Test]
    public void EveryAdjudicatedDisagreementIsTheDimensionsTheBundledPassageCarries()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "StrategyMiner.sln"))) root = root.Parent;
        Assert.That(root, Is.Not.Null, "the repository root (with StrategyMiner.sln) was not found above the test folder");
        var path = Path.Combine(root!.FullName, "corpus", "training", "adjudication.jsonl");
        var bundled = BundledTrainingSet.Train.Concat(BundledTrainingSet.HeldOut).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var records = File.ReadLines(path, Encoding.UTF8).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string[] Dims(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToArray();

        Assert.That(records, Has.Count.GreaterThan(100));
        Assert.Multiple(() =>
        {
            foreach (var r in records)
            {
                var id = r.GetProperty("id").GetString()!;
                Assert.That(bundled.ContainsKey(id), Is.True, $"{id} is not a bundled passage");
                if (!bundled.TryGetValue(id, out var passage)) continue;
                Assert.That(Dims(r, "first"), Is.Not.EquivalentTo(Dims(r, "second")), $"{id}: only disagreements are adjudicated");
                Assert.That(passage.Dims, Is.EquivalentTo(Dims(r, "final")), $"{id}: the bundled dimensions are the adjudicated ones");
            }
        });
    }
}
