namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    /// <summary>
    /// Passages with at least one AI suggestion, per region and code (newest coder version per
    /// method), for the end-of-run summary. Documents without a region count under "(okänd region)".
    /// </summary>
    public IReadOnlyList<(string Region, string Code, int Passages)> GetSuggestedCodeCounts() => Query(
        $"""
        SELECT coalesce(d.region, '(okänd region)'), c.code, count(DISTINCT c.passage_id)
        FROM codings c
        JOIN passages p ON p.id = c.passage_id
        JOIN documents d ON d.id = p.document_id AND d.status = 'complete'
        WHERE {NewestCoderVersion}
        GROUP BY 1, 2
        """,
        r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));
}
