namespace StrategyMiner.Documents;

/// <summary>Whether a page yielded text.</summary>
public enum PageStatus
{
    /// <summary>The page has text (from the text layer or OCR).</summary>
    Ok,
    /// <summary>The page holds nothing to read; skipped with a note.</summary>
    Blank,
    /// <summary>Reading the page failed or timed out; the note says why.</summary>
    Failed,
}
