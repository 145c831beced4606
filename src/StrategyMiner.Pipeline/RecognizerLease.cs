using StrategyMiner.Ocr;

namespace StrategyMiner.Pipeline;

/// <summary>
/// Creates the OCR recognizer on first use and releases it (if it holds native engines) when
/// disposed; disposing twice, or without ever using it, is harmless.
/// </summary>
internal sealed class RecognizerLease(Func<IPageRecognizer>? create) : IDisposable
{
    private IPageRecognizer? _recognizer;

    public IPageRecognizer Get() => _recognizer ??= (create ?? throw new InvalidOperationException("The pipeline has no OCR stage."))();

    public void Dispose()
    {
        (_recognizer as IDisposable)?.Dispose();
        _recognizer = null;
    }
}
