namespace StrategyMiner.Export.Tests;

/// <summary>Runs an exporter into memory.</summary>
internal static class ExportRun
{
    public static readonly DateTimeOffset At = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    public static byte[] Bytes(IEvidenceExporter exporter, EvidenceSet evidence)
    {
        using var stream = new MemoryStream();
        exporter.Export(evidence, stream);
        return stream.ToArray();
    }

    public static string Utf8(IEvidenceExporter exporter, EvidenceSet evidence) =>
        new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Bytes(exporter, evidence));
}
