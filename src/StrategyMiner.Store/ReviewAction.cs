namespace StrategyMiner.Store;

/// <summary>What a reviewer does with a passage's suggested coding.</summary>
public enum ReviewAction
{
    /// <summary>The suggested codes (or the given codes) are right: approved.</summary>
    Accept,
    /// <summary>The passage is not evidence for the suggested codes: rejected.</summary>
    Reject,
    /// <summary>Approved with a changed set of codes.</summary>
    Recode,
    /// <summary>Back to the state before the reviewer's last decision (recorded like any decision).</summary>
    Undo,
}
