using StrategyMiner.Samples.Scans;

namespace StrategyMiner.Ocr.Tests;

[TestFixture]
public sealed class WordErrorRateTests
{
    [TestCase("ska stärka samverkan", "ska stärka samverkan", 0)]
    [TestCase("ska stärka samverkan", "Ska  stärka\nsamverkan", 0)]
    [TestCase("länet – även ”här”", "länet - även \"här\"", 0)]
    [TestCase("ska stärka samverkan", "ska starka samverkan", 1)]
    [TestCase("ska stärka samverkan", "ska samverkan", 1)]
    [TestCase("ska stärka samverkan", "ska i stärka samverkan", 1)]
    [TestCase("ska stärka samverkan", "", 3)]
    public void CountsWordEditsAfterNormalising(string reference, string hypothesis, int errors)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WordErrorRate.Errors(reference, hypothesis), Is.EqualTo(errors));
            Assert.That(WordErrorRate.Compute(reference, hypothesis), Is.EqualTo(errors / 3.0).Within(1e-9));
        });
    }
}
