using StrategyMiner.Codebook;

namespace StrategyMiner.Coding;

/// <summary>Scores predicted code sets against gold labels, code by code (one-vs-rest).</summary>
public static class MultiLabelEvaluator
{
    /// <summary>Compares predicted codes (one set per gold passage, same order) with the gold labels.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<LabeledPassage> gold, IReadOnlyList<IReadOnlyCollection<string>> predicted, CodebookDefinition? codebook = null)
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"{gold.Count} gold passages but {predicted.Count} predictions.", nameof(predicted));
        codebook ??= CodebookDefinition.Default;
        GroupMetrics Group(IEnumerable<Code> codes) => new(codes.Select(code =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var truth = gold[i].Has(code.Id);
                var guess = predicted[i].Contains(code.Id);
                if (truth && guess) tp++;
                else if (guess) fp++;
                else if (truth) fn++;
            }
            return KeyValuePair.Create(code.Id, new CodeMetrics(tp, fp, fn));
        }).ToList());
        return new EvaluationReport(Group(codebook.Themes), Group(codebook.Dimensions));
    }

    /// <summary>Compares coding results (matched to gold passages by id) with the gold labels.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<LabeledPassage> gold, IReadOnlyList<CodingResult> results, CodebookDefinition? codebook = null)
    {
        var byId = results.ToDictionary(r => r.PassageId, r => (IReadOnlyCollection<string>)r.Suggestions.Select(s => s.Code).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return Evaluate(gold, gold.Select(g => byId.TryGetValue(g.Id, out var codes) ? codes : new HashSet<string>()).ToList(), codebook);
    }
}
