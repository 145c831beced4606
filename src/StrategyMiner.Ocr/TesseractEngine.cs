using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StrategyMiner.Ocr.Imaging;
using StrategyMiner.Ocr.Native;
using static StrategyMiner.Ocr.Native.TesseractNative;

namespace StrategyMiner.Ocr;

/// <summary>
/// One Tesseract engine for the page's language plus, on first need, one for orientation detection.
/// Not thread-safe: each worker thread owns one.
/// </summary>
internal sealed unsafe class TesseractEngine : IDisposable
{
    private readonly TessBaseApiHandle api;
    private readonly string tessdata;
    private TessBaseApiHandle? osd;
    private bool osdUnavailable;

    private TesseractEngine(TessBaseApiHandle api, string tessdata)
    {
        this.api = api;
        this.tessdata = tessdata;
    }

    public static TesseractEngine Create(string tessdata, string language)
    {
        var api = Init(tessdata, language);
        TessBaseAPISetPageSegMode(api, PsmAuto);
        return new TesseractEngine(api, tessdata);
    }

    private static TessBaseApiHandle Init(string tessdata, string language)
    {
        var api = TessBaseApiHandle.Create();
        // Tesseract writes its warnings to stderr unless told otherwise; results come back through the API.
        TessBaseAPISetVariable(api, "debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");
        if (TessBaseAPIInit3(api, tessdata, language) != 0)
        {
            api.Dispose();
            throw new OcrUnavailableException(
                $"Tesseract could not load '{language}' from {tessdata} (is {language}.traineddata complete?); run `./build.sh setup`.");
        }
        return api;
    }

    /// <summary>
    /// The page's orientation by Tesseract's orientation and script detection (osd.traineddata): how
    /// far clockwise the text is turned, and the detector's confidence. Null when OSD is not installed
    /// or found too little text to judge.
    /// </summary>
    public (int Degrees, float Confidence)? DetectOrientation(GreyImage image, int dpi)
    {
        if (osdUnavailable) return null;
        if (osd is null)
        {
            if (!File.Exists(Path.Combine(tessdata, "osd.traineddata")))
            {
                osdUnavailable = true;
                return null;
            }
            osd = Init(tessdata, "osd");
            TessBaseAPISetPageSegMode(osd, PsmOsdOnly);
        }
        SetImage(osd, image, dpi);
        var found = TessBaseAPIDetectOrientationScript(osd, out var degrees, out var confidence, IntPtr.Zero, out _) != 0;
        TessBaseAPIClear(osd);
        return found ? (degrees, confidence) : null;
    }

    /// <summary>Reads the image; <paramref name="cancel"/> is polled between words and stops the pass when it returns true.</summary>
    public EngineResult Recognize(GreyImage image, int dpi, Func<bool> cancel)
    {
        SetImage(api, image, dpi);
        var monitor = TessMonitorCreate();
        var state = GCHandle.Alloc(cancel);
        try
        {
            TessMonitorSetCancelFunc(monitor, &ShouldCancel);
            TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(state));
            var status = TessBaseAPIRecognize(api, monitor);
            if (status != 0 || cancel()) return new EngineResult([], Cancelled: true);
            return new EngineResult(ReadWords(), Cancelled: false);
        }
        finally
        {
            TessMonitorDelete(monitor);
            state.Free();
            TessBaseAPIClear(api);
        }
    }

    private List<OcrWord> ReadWords()
    {
        var words = new List<OcrWord>();
        var iterator = TessBaseAPIGetIterator(api);
        if (iterator == IntPtr.Zero) return words;
        try
        {
            var page = TessResultIteratorGetPageIterator(iterator);
            int block = -1, line = -1;
            do
            {
                // Paragraphs are rebuilt from blocks and lines (OcrPageBuilder); Tesseract's own are not used.
                if (TessPageIteratorIsAtBeginningOf(page, RilBlock) != 0) block++;
                if (TessPageIteratorIsAtBeginningOf(page, RilTextline) != 0) line++;
                var text = TakeText(TessResultIteratorGetUTF8Text(iterator, RilWord)).Trim();
                if (text.Length == 0 || TessPageIteratorBoundingBox(page, RilWord, out var left, out var top, out var right, out var bottom) == 0)
                    continue;
                var confidence = TessResultIteratorConfidence(iterator, RilWord);
                words.Add(new OcrWord(text, left, top, right, bottom, Math.Clamp(confidence, 0, 100), Math.Max(block, 0), Math.Max(line, 0)));
            }
            while (TessResultIteratorNext(iterator, RilWord) != 0);
        }
        finally
        {
            TessResultIteratorDelete(iterator);
        }
        return words;
    }

    private static void SetImage(TessBaseApiHandle handle, GreyImage image, int dpi)
    {
        // Tesseract copies the pixels into its own image, so the array only needs pinning for the call.
        fixed (byte* pixels = image.Pixels)
        {
            TessBaseAPISetImage(handle, pixels, image.Width, image.Height, 1, image.Width);
        }
        TessBaseAPISetSourceResolution(handle, dpi);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte ShouldCancel(IntPtr cancelThis, int words)
    {
        try
        {
            return ((Func<bool>)GCHandle.FromIntPtr(cancelThis).Target!)() ? (byte)1 : (byte)0;
        }
        catch
        {
            // An exception must not unwind through native frames; stopping is the safe answer.
            return 1;
        }
    }

    public void Dispose()
    {
        api.Dispose();
        osd?.Dispose();
    }
}
