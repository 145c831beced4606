using System.Globalization;
using System.Text;

namespace StrategyMiner.Samples.Scans;

/// <summary>
/// A one-page PDF holding one 8-bit DeviceGray image that fills the page, as scanner software
/// writes it (ISO 32000-1 §8.9: image XObject, FlateDecode with PNG predictor 15). PdfPig's
/// <c>AddPng</c> would store the page as RGB, three times the size; this page is copied into the
/// final document with <c>PdfDocumentBuilder.AddPage(document, 1)</c> instead.
/// </summary>
internal static class GreyImagePdf
{
    public static byte[] Build(GreyRaster image, int dpi)
    {
        var data = PngRows.Compress(image);
        var width = Format(image.Width * 72.0 / dpi);
        var height = Format(image.Height * 72.0 / dpi);
        var content = Encoding.ASCII.GetBytes($"q {width} 0 0 {height} 0 0 cm /Im1 Do Q\n");

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        void StreamObject(string dictionary, byte[] bytes)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{dictionary}\nstream\n");
            pdf.Write(bytes);
            Write("\nendstream\nendobj\n");
        }

        Write("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>");
        StreamObject($"<< /Length {content.Length} >>", content);
        StreamObject(
            $"<< /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 " +
            $"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns {image.Width} >> /Length {data.Length} >>",
            data);

        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
