namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    /// <summary>Counts of documents, pages by source, passages, codings and review progress.</summary>
    public StoreStatus GetStatus()
    {
        int Count(string sql) => Convert.ToInt32(Scalar(sql));
        var bySource = Query(
            "SELECT pg.source, count(*) FROM pages pg JOIN documents d ON d.id = pg.document_id WHERE d.status = 'complete' AND pg.status = 'ok' GROUP BY pg.source",
            r => (r.GetString(0), r.GetInt32(1))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        // Only the newest model version of each method counts, as in the review queue: a passage
        // whose suggestions a retrained coder dropped is not waiting for review.
        const string current = "FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.status = 'complete'";
        return new StoreStatus(
            Documents: Count("SELECT count(*) FROM documents WHERE status = 'complete'"),
            DocumentsInProgress: Count("SELECT count(*) FROM documents WHERE status = 'ingesting'"),
            Superseded: Count("SELECT count(*) FROM documents WHERE status = 'superseded'"),
            PagesBySource: bySource,
            BlankPages: Count("SELECT count(*) FROM pages pg JOIN documents d ON d.id = pg.document_id WHERE d.status = 'complete' AND pg.status = 'blank'"),
            FailedPages: Count("SELECT count(*) FROM pages pg JOIN documents d ON d.id = pg.document_id WHERE d.status = 'complete' AND pg.status = 'failed'"),
            Passages: Count($"SELECT count(*) {current}"),
            CodedPassages: Count($"SELECT count(*) {current} AND EXISTS (SELECT 1 FROM coding_runs c WHERE c.passage_id = p.id)"),
            PassagesWithSuggestions: Count($"SELECT count(*) {current} AND EXISTS (SELECT 1 FROM codings c WHERE c.passage_id = p.id AND {NewestCoderVersion})"),
            PendingReview: Count($"SELECT count(*) {current} AND EXISTS (SELECT 1 FROM codings c WHERE c.passage_id = p.id AND {NewestCoderVersion}) AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.passage_id = p.id AND r.status <> 'pending')"),
            Approved: Count($"SELECT count(*) {current} AND EXISTS (SELECT 1 FROM reviews r WHERE r.passage_id = p.id AND r.status = 'approved')"),
            Rejected: Count($"SELECT count(*) {current} AND EXISTS (SELECT 1 FROM reviews r WHERE r.passage_id = p.id AND r.status = 'rejected')"),
            Failures: Count("SELECT count(*) FROM failures"));
    }
}
