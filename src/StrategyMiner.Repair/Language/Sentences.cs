using StrategyMiner.Repair.Text;

namespace StrategyMiner.Repair.Language;

/// <summary>Turns text into the sentences the language model counts: lower-cased words, numbers as one token.</summary>
internal static class Sentences
{
    public const string NumberToken = "<num>";

    public static IEnumerable<IReadOnlyList<string>> Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentence = new List<string>();
        foreach (var token in tokens)
        {
            if (token.SentenceStart && sentence.Count > 0)
            {
                yield return sentence;
                sentence = [];
            }
            switch (token.Kind)
            {
                case TokenKind.Word:
                    sentence.Add(text.Substring(token.Start, token.Length).ToLowerInvariant());
                    break;
                case TokenKind.Number:
                    sentence.Add(NumberToken);
                    break;
                case TokenKind.Protected:
                    if (sentence.Count > 0) yield return sentence;
                    sentence = [];
                    break;
            }
        }
        if (sentence.Count > 0) yield return sentence;
    }
}
