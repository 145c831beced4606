using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Coding;

/// <summary>Builds the data a model learns from: the bundled passages plus what reviewers decided.</summary>
public static class TrainingSet
{
    /// <summary>
    /// The base passages, extra labelled files and reviewed passages as one set. A reviewed
    /// passage (approved with its final codes; rejected = no codes) replaces any earlier passage
    /// with the same text, because a reviewer's decision on real text outranks the bundled label.
    /// </summary>
    public static IReadOnlyList<LabeledPassage> Combine(
        IEnumerable<LabeledPassage> basePassages,
        IEnumerable<ReviewedPassage>? reviewed = null,
        CodebookDefinition? codebook = null)
    {
        codebook ??= CodebookDefinition.Default;
        var byText = new Dictionary<string, LabeledPassage>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(LabeledPassage p)
        {
            var key = TextKey(p.Text);
            if (!byText.ContainsKey(key)) order.Add(key);
            byText[key] = p;
        }
        foreach (var p in basePassages) Add(p);
        foreach (var r in reviewed ?? [])
        {
            if (string.IsNullOrWhiteSpace(r.Text)) continue;
            var codes = r.Status == "rejected" ? [] : r.Codes.Where(codebook.Contains).Distinct(StringComparer.Ordinal).ToList();
            Add(new LabeledPassage(
                "review:" + r.PassageId, r.Text,
                codes.Where(c => codebook[c].Kind == CodeKind.Theme).ToList(),
                codes.Where(c => codebook[c].Kind == CodeKind.Dimension).ToList()));
        }
        return order.Select(k => byText[k]).ToList();
    }

    private static string TextKey(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
