using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Export;

/// <summary>
/// What the exporters write: the evidence items (approved, plus pending when asked for) in Swedish
/// region order, the current documents with all their passages (the REFI-QDA sources need the
/// whole text), the codebook, and how many passages still wait for review.
/// </summary>
public sealed class EvidenceSet
{
    /// <summary>An evidence set from parts (tests build it from a store with <see cref="Load"/>).</summary>
    public EvidenceSet(
        IReadOnlyList<EvidenceItem> items, IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredPassage> passages,
        CodebookDefinition codebook, bool includesPending, int pendingReview)
    {
        Items = items
            .OrderBy(i => i.RegionLabel, SwedishOrder.Comparer)
            .ThenBy(i => i.Passage.FileName, StringComparer.Ordinal)
            .ThenBy(i => i.Passage.Ordinal)
            .ToList();
        Documents = documents;
        Passages = passages;
        Codebook = codebook;
        IncludesPending = includesPending;
        PendingReview = pendingReview;
        Regions = documents.Select(d => d.Region ?? d.FileName).Concat(Items.Select(i => i.RegionLabel))
            .Distinct(StringComparer.Ordinal).Order(SwedishOrder.Comparer).ToList();
    }

    /// <summary>Reads the evidence, current documents and passages from the store.</summary>
    public static EvidenceSet Load(EvidenceStore store, EvidenceFilter filter) => new(
        store.GetEvidence(filter),
        store.GetDocuments().Where(d => d.Status == "complete").ToList(),
        store.GetPassages(),
        CodebookDefinition.Default,
        filter.IncludePending,
        store.GetStatus().PendingReview);

    /// <summary>The evidence, ordered by region (Swedish order), file and reading order.</summary>
    public IReadOnlyList<EvidenceItem> Items { get; }

    /// <summary>The current (complete) documents.</summary>
    public IReadOnlyList<StoredDocument> Documents { get; }

    /// <summary>All passages of the current documents, coded or not.</summary>
    public IReadOnlyList<StoredPassage> Passages { get; }

    /// <summary>The codebook the codes belong to.</summary>
    public CodebookDefinition Codebook { get; }

    /// <summary>Whether undecided passages were asked for (they are marked wherever they appear).</summary>
    public bool IncludesPending { get; }

    /// <summary>Passages with suggestions that nobody has decided yet.</summary>
    public int PendingReview { get; }

    /// <summary>Every region with a current document (the file name for one without a region), Swedish order.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The honest answer when there is nothing to export: "no approved evidence yet (12 passages pending review)".</summary>
    public string NothingToExportMessage => Documents.Count == 0
        ? "no approved evidence yet (the store has no documents)"
        : $"no approved evidence yet ({PendingReview} passage{(PendingReview == 1 ? "" : "s")} pending review)";
}
