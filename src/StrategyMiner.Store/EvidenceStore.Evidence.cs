using StrategyMiner.Codebook;

namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    /// <summary>Which evidence <see cref="GetEvidence"/> returns.</summary>
    public sealed record EvidenceFilter
    {
        /// <summary>Also return passages nobody has decided yet, with the coders' suggested codes (marked pending).</summary>
        public bool IncludePending { get; init; }

        /// <summary>Only passages with this code (T1–T9, EKO, SOC, MIL), when set.</summary>
        public string? Code { get; init; }

        /// <summary>Only passages with this dimension (EKO, SOC, MIL), when set.</summary>
        public string? Dimension { get; init; }

        /// <summary>Only passages of this region (as stored; the file name for a document without a region), when set.</summary>
        public string? Region { get; init; }
    }

    /// <summary>A passage that is evidence for one or more codes, with its review decision and the coders' suggestions.</summary>
    /// <param name="Passage">The passage with its document's region, title and year.</param>
    /// <param name="Status"><c>approved</c>, or <c>pending</c> (only when asked for; for <see cref="GetSuggestedPassages"/> also <c>rejected</c>).</param>
    /// <param name="Codes">The codes in codebook order: as approved, or as suggested while pending.</param>
    /// <param name="Reviewer">Who decided; null while pending.</param>
    /// <param name="DecidedAt">When (ISO 8601 UTC); null while pending.</param>
    /// <param name="Comment">The reviewer's comment, if any.</param>
    /// <param name="Suggestions">What each coder suggested (its newest model version only).</param>
    public sealed record EvidenceItem(
        StoredPassage Passage, string Status, IReadOnlyList<string> Codes, string? Reviewer, string? DecidedAt, string? Comment,
        IReadOnlyList<EvidenceSuggestion> Suggestions)
    {
        /// <summary>True when no reviewer has approved the passage yet.</summary>
        public bool IsPending => Status == "pending";

        /// <summary>The region, or the file name for a document without a region (the key of region lists and the matrix).</summary>
        public string RegionLabel => Passage.Region ?? Passage.FileName;
    }

    /// <summary>One code one coder suggested for a passage.</summary>
    /// <param name="Method"><c>local</c> or <c>llm</c>.</param>
    /// <param name="CodedAt">When the coder ran on the passage (ISO 8601 UTC).</param>
    public sealed record EvidenceSuggestion(string Code, string Method, string ModelVersion, double Confidence, string? Quote, string CodedAt);

    private sealed record ReviewRow(string Status, List<string> Codes, string? Reviewer, string? DecidedAt, string? Comment);

    /// <summary>
    /// The evidence of current (complete) documents: approved passages with their final codes, and
    /// with <see cref="EvidenceFilter.IncludePending"/> undecided passages with their suggested
    /// codes. Rejected passages never. Ordered by region, file and reading order.
    /// </summary>
    /// <exception cref="ArgumentException">The filter names a code or dimension the codebook does not have.</exception>
    public IReadOnlyList<EvidenceItem> GetEvidence(EvidenceFilter filter)
    {
        var codebook = CodebookDefinition.Default;
        if (filter.Code is { } code && !codebook.Contains(code))
            throw new ArgumentException($"'{code}' is not a code of the codebook.", nameof(filter));
        if (filter.Dimension is { } dimension && (!codebook.Contains(dimension) || codebook[dimension].Kind != CodeKind.Dimension))
            throw new ArgumentException($"'{dimension}' is not a dimension of the codebook.", nameof(filter));

        var reviews = ReadReviewRows();
        var suggestions = ReadCurrentSuggestions();
        var items = new List<EvidenceItem>();
        foreach (var passage in GetPassages())
        {
            if (filter.Region is not null && (passage.Region ?? passage.FileName) != filter.Region) continue;
            reviews.TryGetValue(passage.Id, out var review);
            var suggested = suggestions.TryGetValue(passage.Id, out var s) ? s : [];
            EvidenceItem item;
            if (review?.Status == "approved")
            {
                item = new EvidenceItem(passage, "approved", review.Codes.OrderBy(CodeOrder).ToList(), review.Reviewer, review.DecidedAt, review.Comment, suggested);
            }
            else if (review?.Status == "rejected" || !filter.IncludePending)
            {
                continue;
            }
            else
            {
                // Mirrors GetReview: a pending row (after an undo) keeps its codes; otherwise the suggestions are the codes.
                var codes = review is not null ? review.Codes : suggested.Select(x => x.Code).Distinct().ToList();
                item = new EvidenceItem(passage, "pending", codes.OrderBy(CodeOrder).ToList(), null, null, null, suggested);
            }
            if (item.Codes.Count == 0) continue;
            if (filter.Code is not null && !item.Codes.Contains(filter.Code, StringComparer.Ordinal)) continue;
            if (filter.Dimension is not null && !item.Codes.Contains(filter.Dimension, StringComparer.Ordinal)) continue;
            items.Add(item);
        }
        return items;
    }

    /// <summary>
    /// Every current passage a coder suggested at least one code for, whatever its review status
    /// (approved, rejected or pending), with <see cref="EvidenceItem.Codes"/> = the suggested codes.
    /// For counting what the coders found; not evidence to cite.
    /// </summary>
    public IReadOnlyList<EvidenceItem> GetSuggestedPassages()
    {
        var reviews = ReadReviewRows();
        var suggestions = ReadCurrentSuggestions();
        var items = new List<EvidenceItem>();
        foreach (var passage in GetPassages())
        {
            if (!suggestions.TryGetValue(passage.Id, out var suggested) || suggested.Count == 0) continue;
            reviews.TryGetValue(passage.Id, out var review);
            items.Add(new EvidenceItem(passage, review?.Status ?? "pending", suggested.Select(x => x.Code).Distinct().OrderBy(CodeOrder).ToList(),
                review?.Reviewer, review?.DecidedAt, review?.Comment, suggested));
        }
        return items;
    }

    private Dictionary<string, ReviewRow> ReadReviewRows() => Query(
        "SELECT passage_id, status, codes_json, reviewer, decided_at, comment FROM reviews",
        r => (Id: r.GetString(0), Row: new ReviewRow(r.GetString(1), Json.Read<List<string>>(r.GetString(2)),
            r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5))))
        .ToDictionary(x => x.Id, x => x.Row, StringComparer.Ordinal);

    // Same rule as GetCodings: only the newest model version of each method counts.
    private Dictionary<string, IReadOnlyList<EvidenceSuggestion>> ReadCurrentSuggestions() => Query(
        $"""
        SELECT c.passage_id, c.code, c.method, c.model_version, c.confidence, c.quote, run.coded_at
        FROM codings c
        JOIN passages p ON p.id = c.passage_id
        JOIN documents d ON d.id = p.document_id AND d.status = 'complete'
        JOIN coding_runs run ON run.passage_id = c.passage_id AND run.method = c.method AND run.model_version = c.model_version
        WHERE {NewestCoderVersion}
        ORDER BY c.passage_id, c.method, c.code
        """,
        r => (Id: r.GetString(0), Suggestion: new EvidenceSuggestion(r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4),
            r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6))))
        .GroupBy(x => x.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceSuggestion>)g.Select(x => x.Suggestion).OrderBy(x => CodeOrder(x.Code)).ThenBy(x => x.Method, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
}
