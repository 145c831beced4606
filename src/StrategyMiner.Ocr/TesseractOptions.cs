namespace StrategyMiner.Ocr;

/// <summary>Settings of a <see cref="TesseractRecognizer"/>.</summary>
public sealed record TesseractOptions
{
    /// <summary>Tesseract language(s), e.g. <c>"swe"</c> or <c>"swe+eng"</c>.</summary>
    public string Language { get; init; } = "swe";

    /// <summary>Resolution pages are rendered at, in dots per inch.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Pages read at the same time, each by its own engine on its own thread.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Longest time one page may take (rendering and recognition) before it is given up as failed.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The folder with <c>*.traineddata</c>; null finds it (<c>TESSDATA_PREFIX</c>, then the usual install folders).</summary>
    public string? TessdataPath { get; init; }

    /// <summary>
    /// Where page pixels come from. The embedded scan (falling back to rendering) read as well as the
    /// rendered page on the benchmark scans and saves the rendering, about 0.5 s a page (docs/benchmarks/ocr.md).
    /// </summary>
    public PageImageSource ImageSource { get; init; } = PageImageSource.Embedded;

    /// <summary>Detect pages turned 90°, 180° or 270° and read them upright.</summary>
    public bool DetectRotation { get; init; } = true;

    /// <summary>Straighten skewed scans (up to ±5°) before reading, so lines and paragraphs are found cleanly.</summary>
    public bool Deskew { get; init; } = true;
}
