namespace StrategyMiner.Export;

/// <summary>Writes a set of cited evidence in one format (CSV, report, REFI-QDA project, quick list).</summary>
public interface IEvidenceExporter
{
    /// <summary>Writes <paramref name="evidence"/> to <paramref name="output"/>, which stays open.</summary>
    void Export(EvidenceSet evidence, Stream output);
}
