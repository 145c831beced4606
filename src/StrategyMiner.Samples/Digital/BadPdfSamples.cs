using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StrategyMiner.Samples.Digital;

/// <summary>Files a PDF reader must refuse, for tests of bad input.</summary>
public static class BadPdfSamples
{
    // The padding string of the standard security handler (ISO 32000-1, 7.6.3.3, Algorithm 2).
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (revision 2, 40-bit RC4) and a
    /// user password, so that no reader can open it without the password. Real encryption, as
    /// <c>pdfinfo -upw</c> with the password confirms; deterministic.
    /// </summary>
    public static byte[] Encrypted(string userPassword = "hemlig", string ownerPassword = "ägare")
    {
        var user = Pad(userPassword);
        var owner = Pad(ownerPassword);
        const int permissions = -44;
        var fileId = MD5.HashData(Encoding.UTF8.GetBytes("StrategyMiner.Samples encrypted " + userPassword));

        // Algorithm 3: the owner entry is the padded user password under a key from the owner password.
        var o = Rc4(MD5.HashData(owner)[..5], user);
        // Algorithm 2: the file key from the user password, O, P and the file identifier.
        var keyInput = new List<byte>();
        keyInput.AddRange(user);
        keyInput.AddRange(o);
        keyInput.AddRange(BitConverter.GetBytes(permissions));
        keyInput.AddRange(fileId);
        var fileKey = MD5.HashData(keyInput.ToArray())[..5];
        // Algorithm 4: the user entry is the padding string under the file key.
        var u = Rc4(fileKey, Padding);

        var content = Encoding.ASCII.GetBytes("BT /F1 14 Tf 72 760 Td (Regional utvecklingsstrategi - konfidentiellt utkast) Tj ET\n");
        var encryptedContent = Rc4(ObjectKey(fileKey, 5), content);

        var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        offsets.Add(pdf.Position);
        Write($"{offsets.Count} 0 obj\n<< /Length {encryptedContent.Length} >>\nstream\n");
        pdf.Write(encryptedContent);
        Write("\nendstream\nendobj\n");
        Object($"<< /Filter /Standard /V 1 /R 2 /O <{Hex(o)}> /U <{Hex(u)}> /P {permissions} >>");

        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<{Hex(fileId)}> <{Hex(fileId)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();

        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));

        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
    }

    /// <summary>The first <paramref name="keepFraction"/> of a PDF's bytes, like an interrupted download.</summary>
    public static byte[] Truncated(byte[] pdf, double keepFraction = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(keepFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(keepFraction, 1);
        return pdf[..(int)(pdf.Length * keepFraction)];
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        var padded = new byte[32];
        var n = Math.Min(32, bytes.Length);
        Array.Copy(bytes, padded, n);
        Array.Copy(Padding, 0, padded, n, 32 - n);
        return padded;
    }

    // Algorithm 1: per-object key from the file key, object number and generation 0.
    private static byte[] ObjectKey(byte[] fileKey, int objectNumber)
    {
        byte[] input = [.. fileKey, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0];
        return MD5.HashData(input)[..Math.Min(fileKey.Length + 5, 16)];
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = new byte[256];
        for (var i = 0; i < 256; i++) s[i] = (byte)i;
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return output;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages with one short Swedish line each (far more pages than
    /// any strategy): the "thousands of pages" file a batch must report and skip.
    /// </summary>
    public static byte[] ManyPages(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var n = 1; n <= pages; n++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Bilaga {n}: statistik per kommun."), 11, new UglyToad.PdfPig.Core.PdfPoint(72, 420), font);
        }
        return builder.Build();
    }

    /// <summary>
    /// A one-page A4 PDF whose page is a single 8-bit grey image of <paramref name="width"/> ×
    /// <paramref name="height"/> pixels (10 000 × 10 000 is 100 MB decoded), white with a few dark
    /// bars, Flate-compressed row by row so the file itself stays small and the image is never
    /// held in memory here.
    /// </summary>
    public static byte[] HugeImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        byte[] data;
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                var white = new byte[width];
                Array.Fill(white, (byte)255);
                var bar = (byte[])white.Clone();
                Array.Fill(bar, (byte)20, width / 8, width / 2);
                for (var y = 0; y < height; y++)
                    zlib.Write((y / (height / 40 + 1)) % 4 == 1 ? bar : white);
            }
            data = compressed.ToArray();
        }
        const string pageWidth = "595.28", pageHeight = "841.89";
        var content = Encoding.ASCII.GetBytes($"q {pageWidth} 0 0 {pageHeight} 0 0 cm /Im1 Do Q\n");
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        void Begin() { offsets.Add(pdf.Position); Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n")); }
        Write("%PDF-1.5\n");
        Begin(); Write("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Begin(); Write("<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Begin(); Write($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pageWidth} {pageHeight}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n");
        Begin(); Write(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n")); pdf.Write(content); Write("\nendstream\nendobj\n");
        Begin();
        Write(string.Create(CultureInfo.InvariantCulture, $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {data.Length} >>\nstream\n"));
        pdf.Write(data);
        Write("\nendstream\nendobj\n");
        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets) Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
