namespace StrategyMiner.Store;

/// <summary>Review progress for one code or region: AI-coded passages by decision status.</summary>
public sealed record ReviewCount(string Key, int Pending, int Approved, int Rejected)
{
    /// <summary>Approved plus rejected.</summary>
    public int Decided => Approved + Rejected;
}
