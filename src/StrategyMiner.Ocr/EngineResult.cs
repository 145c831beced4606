namespace StrategyMiner.Ocr;

/// <summary>What one recognition pass returned; <see cref="Cancelled"/> when it was stopped before the end.</summary>
/// <param name="Words">The words in Tesseract's reading order.</param>
/// <param name="Cancelled">The pass was stopped by its cancel check.</param>
internal sealed record EngineResult(IReadOnlyList<OcrWord> Words, bool Cancelled)
{
    /// <summary>Mean word confidence 0..1 over words with a letter or digit; 0 when there are none.</summary>
    public double MeanConfidence
    {
        get
        {
            var scored = Words.Where(w => w.Text.Any(char.IsLetterOrDigit)).ToList();
            return scored.Count == 0 ? 0 : scored.Average(w => w.Confidence) / 100.0;
        }
    }
}
