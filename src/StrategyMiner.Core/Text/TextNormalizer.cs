using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StrategyMiner.Text;

/// <summary>Culture-independent text normalisation and hashing used for stable ids.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// NFC, typographic quotes and dashes folded to ASCII, whitespace collapsed, lower-cased with the
    /// invariant culture. Two texts that differ only in these respects get the same id.
    /// </summary>
    public static string Normalize(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var space = false;
        foreach (var ch in nfc)
        {
            var c = ch switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00AD' => '\0',
                _ => ch,
            };
            if (c == '\0') continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>First <paramref name="hexDigits"/> hex digits of the SHA-256 of the UTF-8 parts joined by U+001F.</summary>
    public static string Hash(int hexDigits, params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts)));
        return Convert.ToHexStringLower(bytes)[..hexDigits];
    }

    /// <summary>Hex SHA-256 of a file's bytes (first 16 digits), streamed.</summary>
    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
    }

    /// <summary>Formats a number for machine-readable output (invariant culture).</summary>
    public static string Invariant(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);
}
