namespace StrategyMiner.Export;

/// <summary>How <see cref="EvidenceListExporter"/> writes the passages.</summary>
public enum EvidenceListFormat
{
    /// <summary>”Quote” (citation), one paragraph per passage, ready to paste into a text.</summary>
    Text,
    /// <summary>A JSON array with every field of each passage.</summary>
    Json,
}
