using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

// Agreement of a double-coding round: per code and for approve/reject, with Cohen's kappa.
internal static class AgreementReport
{
    public static IReadOnlyList<CodeAgreement> PerCode(IReadOnlyList<DoubleCodingItem> items, CodebookDefinition codebook)
    {
        var both = items.Where(i => i.A.IsDecided && i.B.IsDecided).ToList();
        return codebook.Codes.Select(code =>
        {
            var pairs = both.Select(i => (A: i.A.Codes.Contains(code.Id), B: i.B.Codes.Contains(code.Id))).ToList();
            return new CodeAgreement(code.Id, code.Name, pairs.Count,
                pairs.Count(p => p.A && p.B), pairs.Count(p => p.A && !p.B), pairs.Count(p => !p.A && p.B), pairs.Count(p => !p.A && !p.B),
                CohenKappa.Agreement(pairs), CohenKappa.Compute(pairs));
        }).ToList();
    }

    // Agreement on approve versus reject.
    public static (int Items, double? Agreement, double? Kappa) Status(IReadOnlyList<DoubleCodingItem> items)
    {
        var pairs = items.Where(i => i.A.IsDecided && i.B.IsDecided).Select(i => (A: i.A.Status, B: i.B.Status)).ToList();
        return (pairs.Count, CohenKappa.Agreement(pairs), CohenKappa.Compute(pairs));
    }

    // True when both decided and their status or set of codes differ.
    public static bool Disagree(DoubleCodingItem item) =>
        item.A.IsDecided && item.B.IsDecided && (item.A.Status != item.B.Status || !item.A.Codes.Order(StringComparer.Ordinal).SequenceEqual(item.B.Codes.Order(StringComparer.Ordinal)));
}
