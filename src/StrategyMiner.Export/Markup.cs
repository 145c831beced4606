using System.Text;

namespace StrategyMiner.Export;

/// <summary>Escaping of text from PDFs for HTML, Markdown and XML output.</summary>
internal static class Markup
{
    /// <summary>HTML text and attribute escaping: &amp; &lt; &gt; " ' become entities; everything else stays as UTF-8.</summary>
    public static string Html(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// Backslash-escapes the ASCII punctuation that CommonMark gives meaning to inline, and folds
    /// line breaks to spaces, so PDF text cannot turn into emphasis, links, HTML or table cells.
    /// </summary>
    public static string Markdown(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in OneLine(text))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '#' or '!' or '~') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Line breaks and tabs become single spaces.</summary>
    public static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Drops characters XML 1.0 cannot hold (control characters, unpaired surrogates) from attribute and element text.</summary>
    public static string XmlSafe(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) continue;
            if (c < 0x20 && c is not ('\t' or '\n' or '\r')) continue;
            if (c is '\uFFFE' or '\uFFFF') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
