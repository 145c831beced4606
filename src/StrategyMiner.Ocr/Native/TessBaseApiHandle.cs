using Microsoft.Win32.SafeHandles;

namespace StrategyMiner.Ocr.Native;

/// <summary>Owns a <c>TessBaseAPI*</c>: ends and deletes it when released.</summary>
internal sealed class TessBaseApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessBaseApiHandle() : base(ownsHandle: true)
    {
    }

    public static TessBaseApiHandle Create()
    {
        var handle = new TessBaseApiHandle();
        handle.SetHandle(TesseractNative.TessBaseAPICreate());
        if (handle.IsInvalid) throw new InvalidOperationException("TessBaseAPICreate returned no engine.");
        return handle;
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIEnd(handle);
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}
