namespace StrategyMiner.Export;

/// <summary>The report's file format.</summary>
public enum ReportFormat
{
    /// <summary>Markdown (CommonMark with a pipe table).</summary>
    Markdown,
    /// <summary>One self-contained HTML file: inline CSS, no scripts, fonts or other files; opens offline.</summary>
    Html,
}
