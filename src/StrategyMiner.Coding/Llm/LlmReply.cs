using System.Globalization;
using System.Text.Json;
using StrategyMiner.Codebook;

namespace StrategyMiner.Coding;

/// <summary>
/// Reads and checks an LLM reply against the codebook and the passage:
/// <c>{"codes": [{"code": "T3", "confidence": 0.8, "quote": "…"}]}</c>. A reply that is not
/// such an object is malformed (the caller asks again); single suggestions with an unknown
/// code, a confidence outside 0..1 or a quote that is not in the passage are rejected.
/// </summary>
internal static class LlmReply
{
    public sealed record Checked(IReadOnlyList<CodeSuggestion> Accepted, IReadOnlyList<string> Rejected);

    public static Checked Parse(string reply, string passage, CodebookDefinition codebook, double minConfidence)
    {
        var json = StripFence(reply);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new LlmFormatException($"not valid JSON ({ex.Message.Split('.')[0]})");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("codes", out var codes) || codes.ValueKind != JsonValueKind.Array)
                throw new LlmFormatException("expected an object with a \"codes\" array");
            var accepted = new Dictionary<string, CodeSuggestion>(StringComparer.Ordinal);
            var rejected = new List<string>();
            foreach (var item in codes.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("code", out var codeElement) || codeElement.ValueKind != JsonValueKind.String)
                    throw new LlmFormatException("every entry of \"codes\" needs a \"code\" string");
                var code = codeElement.GetString()!.Trim();
                if (!codebook.Contains(code))
                {
                    rejected.Add($"{code}: not a code of the codebook");
                    continue;
                }
                if (!item.TryGetProperty("confidence", out var confElement) || !TryConfidence(confElement, out var confidence))
                {
                    rejected.Add($"{code}: confidence missing or not a number between 0 and 1");
                    continue;
                }
                var quote = item.TryGetProperty("quote", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()!.Trim() : null;
                if (!QuoteMatcher.IsInPassage(passage, quote))
                {
                    rejected.Add($"{code}: quote \"{quote}\" is not in the passage");
                    continue;
                }
                if (confidence < minConfidence) continue;
                if (!accepted.TryGetValue(code, out var existing) || existing.Confidence < confidence)
                    accepted[code] = new CodeSuggestion(code, Math.Round(confidence, 4), quote);
            }
            var ordered = codebook.Codes.Where(c => accepted.ContainsKey(c.Id)).Select(c => accepted[c.Id]).ToList();
            return new Checked(ordered, rejected);
        }
    }

    private static bool TryConfidence(JsonElement element, out double confidence)
    {
        confidence = 0;
        var ok = element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDouble(out confidence),
            JsonValueKind.String => double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out confidence),
            _ => false,
        };
        return ok && confidence is >= 0 and <= 1;
    }

    /// <summary>Models often wrap JSON in a Markdown fence despite being told not to.</summary>
    private static string StripFence(string reply)
    {
        var s = reply.Trim();
        if (!s.StartsWith("```", StringComparison.Ordinal)) return s;
        var firstNewline = s.IndexOf('\n');
        var lastFence = s.LastIndexOf("```", StringComparison.Ordinal);
        return firstNewline > 0 && lastFence > firstNewline ? s[(firstNewline + 1)..lastFence].Trim() : s;
    }
}
