namespace StrategyMiner.Review.Tests;

public class CohenKappaTests
{
    private static List<(bool A, bool B)> Table(int bothYes, int onlyA, int onlyB, int bothNo) =>
        Enumerable.Repeat((true, true), bothYes).Concat(Enumerable.Repeat((true, false), onlyA))
            .Concat(Enumerable.Repeat((false, true), onlyB)).Concat(Enumerable.Repeat((false, false), bothNo)).ToList();

    [Test]
    public void Kappa_matches_the_textbook_example()
    {
        // 50 proposals, A and B: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → pₒ = 0.7, pₑ = 0.5, κ = 0.4.
        var ratings = Table(20, 5, 10, 15);
        Assert.That(CohenKappa.Compute(ratings), Is.EqualTo(0.4).Within(1e-12));
        Assert.That(CohenKappa.Agreement(ratings), Is.EqualTo(0.7).Within(1e-12));
    }

    [Test]
    public void Kappa_is_one_for_perfect_agreement_and_negative_for_systematic_disagreement()
    {
        Assert.That(CohenKappa.Compute(Table(3, 0, 0, 4)), Is.EqualTo(1).Within(1e-12));
        Assert.That(CohenKappa.Compute(Table(0, 5, 5, 0)), Is.EqualTo(-1).Within(1e-12));
    }

    [Test]
    public void Kappa_is_undefined_without_ratings_or_variation()
    {
        Assert.That(CohenKappa.Compute(Table(0, 0, 0, 0)), Is.Null);
        Assert.That(CohenKappa.Compute(Table(0, 0, 0, 9)), Is.Null);
    }

    [Test]
    public void Kappa_works_for_more_than_two_categories()
    {
        // 3×3 table with diagonal 10/10/10 and 2 off-diagonal each way: κ = (30/42 − 1/3) / (2/3).
        var ratings = new List<(string, string)>();
        foreach (var c in new[] { "a", "b", "c" }) ratings.AddRange(Enumerable.Repeat((c, c), 10));
        ratings.AddRange([("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("a", "c"), ("c", "a"), ("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("a", "c"), ("c", "a")]);
        Assert.That(CohenKappa.Compute(ratings), Is.EqualTo((30.0 / 42 - 1.0 / 3) / (2.0 / 3)).Within(1e-12));
    }
}
