using System.Reflection;
using System.Runtime.InteropServices;

namespace StrategyMiner.Ocr.Native;

/// <summary>Finds and loads libtesseract once per process, after limiting OpenMP to one thread.</summary>
internal static class TesseractLibrary
{
    private static readonly Lock Gate = new();
    private static IntPtr library;
    private static string? version;

    private static readonly string[] Candidates = OperatingSystem.IsWindows()
        ? ["tesseract55.dll", "tesseract54.dll", "tesseract53.dll", "libtesseract-5.dll", "tesseract50.dll"]
        : OperatingSystem.IsMacOS()
            ? ["libtesseract.5.dylib", "/opt/homebrew/lib/libtesseract.5.dylib", "/usr/local/lib/libtesseract.5.dylib", "libtesseract.dylib"]
            : ["libtesseract.so.5", "libtesseract.so"];

    /// <summary>The loaded library's version, e.g. "5.3.0".</summary>
    public static string Version => version ?? throw new InvalidOperationException("libtesseract is not loaded.");

    /// <summary>Loads the library or throws <see cref="OcrUnavailableException"/>.</summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (library != IntPtr.Zero) return;
            // Tesseract parallelises inside a page with OpenMP; with one engine per core that oversubscribes
            // the CPU and makes each page about four times slower. libgomp reads the variable when it is
            // loaded (as a dependency of libtesseract), so it must be in the C environment before that.
            LimitOpenMpThreads();
            foreach (var name in Candidates)
            {
                if (NativeLibrary.TryLoad(name, out library)) break;
            }
            if (library == IntPtr.Zero)
                throw new OcrUnavailableException(
                    $"Tesseract OCR is not installed (none of {string.Join(", ", Candidates)} could be loaded); run `./build.sh setup` to install libtesseract5 and tesseract-ocr-swe.");
            NativeLibrary.SetDllImportResolver(typeof(TesseractLibrary).Assembly, Resolve);
            version = Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "unknown";
            if (!version.StartsWith("5.", StringComparison.Ordinal))
                throw new OcrUnavailableException($"Tesseract {version} is installed but StrategyMiner needs Tesseract 5; run `./build.sh setup`.");
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path) =>
        name == TesseractNative.Library ? library : IntPtr.Zero;

    private static unsafe void LimitOpenMpThreads()
    {
        const string Name = "OMP_THREAD_LIMIT";
        if (Environment.GetEnvironmentVariable(Name) is { Length: > 0 }) return;
        // Child processes (tesseract, ocrmypdf) get the managed copy; the library reads the C one.
        Environment.SetEnvironmentVariable(Name, "1");
        if (OperatingSystem.IsWindows()) return; // SetEnvironmentVariable changes the process block there.
        foreach (var libc in new[] { "libc.so.6", "libc", "libSystem.dylib" })
        {
            if (!NativeLibrary.TryLoad(libc, out var handle)) continue;
            if (NativeLibrary.TryGetExport(handle, "setenv", out var setenv))
            {
                var name = Marshal.StringToCoTaskMemUTF8(Name);
                var value = Marshal.StringToCoTaskMemUTF8("1");
                try
                {
                    ((delegate* unmanaged[Cdecl]<IntPtr, IntPtr, int, int>)setenv)(name, value, 1);
                }
                finally
                {
                    Marshal.FreeCoTaskMem(name);
                    Marshal.FreeCoTaskMem(value);
                }
                return;
            }
        }
    }
}
