using System.Globalization;

namespace StrategyMiner.Coding;

/// <summary>How two coders agree on the passages both coded: per code, raw agreement and Cohen's kappa.</summary>
/// <param name="Passages">Passages both coders coded.</param>
/// <param name="FullyAgreed">Passages where the two code sets are identical.</param>
/// <param name="PerCode">Per code: passages where the coders differ, and Cohen's κ (1 = perfect, 0 = chance).</param>
public sealed record CoderAgreement(int Passages, int FullyAgreed, IReadOnlyList<(string Code, int Disputed, double Kappa)> PerCode)
{
    internal static CoderAgreement From(IReadOnlyList<(IReadOnlySet<string> A, IReadOnlySet<string> B)> pairs)
    {
        var perCode = LocalCodes.All.Select(code =>
        {
            int both = 0, onlyA = 0, onlyB = 0, neither = 0;
            foreach (var (a, b) in pairs)
            {
                var x = a.Contains(code);
                var y = b.Contains(code);
                if (x && y) both++;
                else if (x) onlyA++;
                else if (y) onlyB++;
                else neither++;
            }
            return (code, onlyA + onlyB, Kappa(both, onlyA, onlyB, neither));
        }).ToList();
        return new CoderAgreement(pairs.Count, pairs.Count(p => p.A.SetEquals(p.B)), perCode);
    }

    /// <summary>Cohen's κ for one binary decision from its 2×2 table.</summary>
    internal static double Kappa(int both, int onlyA, int onlyB, int neither)
    {
        double n = both + onlyA + onlyB + neither;
        if (n == 0) return 1;
        var observed = (both + neither) / n;
        var pa = (both + onlyA) / n;
        var pb = (both + onlyB) / n;
        var expected = pa * pb + (1 - pa) * (1 - pb);
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }

    /// <summary>One line for the terminal.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Passages} passages coded by both, {FullyAgreed} in full agreement; κ per code: {string.Join(", ", PerCode.Select(c => $"{c.Code} {c.Kappa:0.00}"))}");
}
