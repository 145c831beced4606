namespace StrategyMiner.Store;

/// <summary>What finishing a document did.</summary>
/// <param name="Passages">Passages the document now has.</param>
/// <param name="ReplacedDocumentId">The earlier revision this one superseded, if any.</param>
/// <param name="CarriedOverDecisions">Review decisions kept because the passage text is unchanged.</param>
/// <param name="DecisionsOnRemovedPassages">Decisions on passages the new revision no longer has; kept with the old revision.</param>
public sealed record CompletionSummary(int Passages, string? ReplacedDocumentId, int CarriedOverDecisions, int DecisionsOnRemovedPassages);
