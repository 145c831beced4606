using System.Security.Cryptography;
using System.Text;
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
}
