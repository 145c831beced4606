namespace StrategyMiner.Ocr;

/// <summary>A word as Tesseract read it: pixel box in the recognised image, confidence 0..100, and its block and line.</summary>
internal sealed record OcrWord(string Text, int Left, int Top, int Right, int Bottom, float Confidence, int Block, int Line);
