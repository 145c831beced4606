namespace StrategyMiner.Ocr.Tests;

[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void DeleteScannedDocuments() => ScannedDocuments.DeleteAll();
}
