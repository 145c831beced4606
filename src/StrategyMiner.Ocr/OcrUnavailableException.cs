namespace StrategyMiner.Ocr;

/// <summary>
/// Tesseract or its language data is missing or unusable. The message is one line that tells the
/// user what is missing and to run the setup script (<c>./build.sh setup</c>).
/// </summary>
public sealed class OcrUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
