namespace StrategyMiner.Documents;

/// <summary>Where a page's text came from. Stored as <c>text</c>, <c>ocr</c> or <c>repaired</c>.</summary>
public enum PageSource
{
    /// <summary>The PDF's own text layer, read as it is.</summary>
    TextLayer,
    /// <summary>Read from the page image by OCR.</summary>
    Ocr,
    /// <summary>Text (from the text layer or OCR) that the repair stage changed.</summary>
    Repaired,
}

/// <summary>Conversions between <see cref="PageSource"/> and its stored name.</summary>
public static class PageSourceNames
{
    /// <summary>The stored name of a source.</summary>
    public static string ToName(this PageSource source) => source switch
    {
        PageSource.TextLayer => "text",
        PageSource.Ocr => "ocr",
        PageSource.Repaired => "repaired",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Parses a stored name.</summary>
    public static PageSource Parse(string name) => name switch
    {
        "text" => PageSource.TextLayer,
        "ocr" => PageSource.Ocr,
        "repaired" => PageSource.Repaired,
        _ => throw new FormatException($"Unknown page source '{name}'."),
    };
}
