using System.Text.RegularExpressions;

namespace StrategyMiner.Repair.Text;

/// <summary>
/// Splits page text into tokens that keep their offsets, marks what must never change (URLs, e-mail
/// addresses, "EU:s", "t.ex"), and where sentences start (sentence punctuation, blank lines, bullets),
/// because the language model resets its context there.
/// </summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"(?:https?://|www\.)\S+|[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex ProtectedSpan();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var protectedSpans = ProtectedSpan().Matches(text);
        var span = 0;
        var gapStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (span < protectedSpans.Count && protectedSpans[span].Index + protectedSpans[span].Length <= i) span++;
            if (span < protectedSpans.Count && protectedSpans[span].Index <= i)
            {
                var m = protectedSpans[span];
                tokens.Add(new Token(m.Index, m.Length, TokenKind.Protected, true, false));
                i = m.Index + m.Length;
                gapStart = i;
                continue;
            }
            if (!IsWordStart(text, i))
            {
                i++;
                continue;
            }
            var start = i;
            var letters = 0;
            i++;
            if (char.IsLetter(text[start])) letters++;
            while (i < text.Length && IsWordChar(text, i))
            {
                if (char.IsLetter(text[i])) letters++;
                i++;
            }
            var kind = letters > 0 ? TokenKind.Word : TokenKind.Number;
            if (kind == TokenKind.Word && IsAttached(text, start, i)) kind = TokenKind.Protected;
            if (i - start == 1 && text[start] == '|')
                kind = TokenKind.Bar;
            var gap = text.AsSpan(gapStart, start - gapStart);
            var sentenceStart = tokens.Count == 0 || tokens[^1].Kind == TokenKind.Protected || IsBoundary(gap);
            var joinable = tokens.Count > 0 && gap.Length > 0 && gap.Trim(' ').IsEmpty;
            tokens.Add(new Token(start, i - start, kind, sentenceStart, joinable));
            gapStart = i;
        }
        return tokens;
    }

    // Symbols OCR writes for a letter it cannot read: "&r" (är), "p&" (på), "f@" (få), "|osningar" (lösningar).
    private static bool IsOcrSymbol(char c) => c is '&' or '|' or '@' or '€';

    private static bool IsWordStart(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        if ((c == '&' || c == '|') && i + 1 < text.Length && char.IsLower(text[i + 1])) return true;
        // A lone "|" between words is OCR's reading of "i".
        if (c == '|' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLetter(text[i + 2])) return true;
        return false;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        if (c == '\u00AD') return false;
        // Inside a word, or closing one: "p&", "ocks&", "f@".
        return IsOcrSymbol(c) && i > 0 && char.IsLetter(text[i - 1])
            && (i + 1 == text.Length || char.IsLetter(text[i + 1]) || !char.IsLetterOrDigit(text[i + 1]) && text[i + 1] != '@');
    }

    // "EU:s", "GD:ar", "t.ex", "Menti.com", "kap.4": letters glued to ':' or '.' and more letters belong
    // to an abbreviation or a name, not to running text.
    private static bool IsAttached(string text, int start, int end)
    {
        if (start >= 2 && (text[start - 1] == ':' || text[start - 1] == '.') && char.IsLetterOrDigit(text[start - 2])) return true;
        if (end + 1 < text.Length && (text[end] == ':' || text[end] == '.') && char.IsLetterOrDigit(text[end + 1])) return true;
        if (start >= 1 && (text[start - 1] == '@' || text[start - 1] == '_' || text[start - 1] == '#')) return true;
        return end < text.Length && (text[end] == '@' || text[end] == '_');
    }

    private static bool IsBoundary(ReadOnlySpan<char> gap)
    {
        var newlines = 0;
        var atLineStart = false;
        foreach (var c in gap)
        {
            switch (c)
            {
                case '.' or '!' or '?' or ';' or ':' or '•' or '¥' or '▶' or '▀' or '■' or '●' or '◆' or '►' or '*' or '(' or ')' or '"' or '”' or '“' or '»' or '«':
                    return true;
                case '\n':
                    newlines++;
                    if (newlines >= 2) return true;
                    atLineStart = true;
                    break;
                case '-' or '–' or '—' when atLineStart:
                    return true;
                default:
                    if (!char.IsWhiteSpace(c)) atLineStart = false;
                    break;
            }
        }
        return false;
    }
}
