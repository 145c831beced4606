using Microsoft.Data.Sqlite;
using StrategyMiner.Documents;

namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    private const string DocumentColumns = "id, file_name, path, region, title, year, page_count, status, added_at, completed_at";

    private static StoredDocument ReadDocument(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetInt32(5), r.GetInt32(6), r.GetString(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9));

    /// <summary>The document with that content hash, in any status.</summary>
    public StoredDocument? FindDocument(string id) =>
        Query($"SELECT {DocumentColumns} FROM documents WHERE id = $id", ReadDocument, null, ("$id", id)).FirstOrDefault();

    /// <summary>Documents, ordered by region then file name; superseded revisions only when asked.</summary>
    public IReadOnlyList<StoredDocument> GetDocuments(bool includeSuperseded = false) =>
        Query($"SELECT {DocumentColumns} FROM documents {(includeSuperseded ? "" : "WHERE status <> 'superseded'")} ORDER BY coalesce(region, file_name), file_name, added_at", ReadDocument);

    /// <summary>
    /// Starts (or resumes) a document. A row in status <c>ingesting</c> is invisible to every
    /// reader of passages until <see cref="CompleteDocument"/> commits it.
    /// </summary>
    public void BeginDocument(DocumentInfo document, string path) => Execute(
        """
        INSERT INTO documents (id, file_name, path, region, title, year, page_count, status, added_at)
        VALUES ($id, $file, $path, $region, $title, $year, $pages, 'ingesting', $now)
        ON CONFLICT (id) DO UPDATE SET path = excluded.path, region = coalesce(excluded.region, region),
            title = coalesce(excluded.title, title), year = coalesce(excluded.year, year)
        """,
        null, ("$id", document.Id), ("$file", document.FileName), ("$path", path), ("$region", document.Region),
        ("$title", document.Title), ("$year", document.Year), ("$pages", document.PageCount), ("$now", Now()));

    /// <summary>Page numbers already stored for a document (what a resumed ingest can skip).</summary>
    public IReadOnlySet<int> GetStoredPageNumbers(string documentId) =>
        Query("SELECT page_number FROM pages WHERE document_id = $id", r => r.GetInt32(0), null, ("$id", documentId)).ToHashSet();

    /// <summary>Stores pages (replacing any stored version of the same page) in one transaction.</summary>
    public void SavePages(string documentId, IReadOnlyList<PageText> pages)
    {
        if (pages.Count == 0) return;
        InTransaction(tx =>
        {
            foreach (var page in pages)
            {
                Execute(
                    """
                    INSERT OR REPLACE INTO pages (document_id, page_number, source, status, note, text, original_text, changes_json, blocks_json, confidence, width, height, has_images)
                    VALUES ($doc, $n, $source, $status, $note, $text, $orig, $changes, $blocks, $conf, $w, $h, $img)
                    """,
                    tx, ("$doc", documentId), ("$n", page.PageNumber), ("$source", page.Source.ToName()),
                    ("$status", page.Status.ToString().ToLowerInvariant()), ("$note", page.Note), ("$text", page.Text),
                    ("$orig", page.OriginalText), ("$changes", PageJson.WriteChanges(page.Changes)), ("$blocks", PageJson.WriteBlocks(page.Blocks)),
                    ("$conf", page.Confidence), ("$w", page.Width), ("$h", page.Height), ("$img", page.HasImages ? 1 : 0));
            }
        });
    }

    /// <summary>A document's stored pages in page order.</summary>
    public IReadOnlyList<PageText> GetPages(string documentId) => Query(
        "SELECT page_number, source, status, note, original_text, changes_json, blocks_json, confidence, width, height, has_images FROM pages WHERE document_id = $id ORDER BY page_number",
        r => new PageText(r.GetInt32(0), PageSourceNames.Parse(r.GetString(1)), PageJson.ReadBlocks(r.GetString(6)), r.GetDouble(8), r.GetDouble(9))
        {
            Status = Enum.Parse<PageStatus>(r.GetString(2), ignoreCase: true),
            Note = r.IsDBNull(3) ? null : r.GetString(3),
            OriginalText = r.IsDBNull(4) ? null : r.GetString(4),
            Changes = PageJson.ReadChanges(r.IsDBNull(5) ? null : r.GetString(5)),
            Confidence = r.IsDBNull(7) ? null : r.GetDouble(7),
            HasImages = r.GetInt32(10) != 0,
        },
        null, ("$id", documentId));

    /// <summary>
    /// Commits a document's passages and marks it complete, in one transaction. An earlier
    /// complete revision with the same file name (and the same region, when both are known: two
    /// regions' "rus.pdf" are different strategies) is marked superseded: passages whose text is
    /// unchanged (same id) move to the new revision with their codings and review decisions;
    /// the rest stay with the old revision, decisions included, so nothing is dropped silently.
    /// </summary>
    public CompletionSummary CompleteDocument(string documentId, IReadOnlyList<Passage> passages) => InTransaction(tx =>
    {
        var document = Query($"SELECT {DocumentColumns} FROM documents WHERE id = $id", ReadDocument, tx, ("$id", documentId)).SingleOrDefault()
            ?? throw new StoreException($"document {documentId} was never started");
        var previous = Query(
            $"SELECT {DocumentColumns} FROM documents WHERE file_name = $file AND status = 'complete' AND id <> $id AND (region IS NULL OR $region IS NULL OR region = $region)",
            ReadDocument, tx, ("$file", document.FileName), ("$id", documentId), ("$region", document.Region)).FirstOrDefault();

        var carried = 0;
        foreach (var p in passages)
        {
            var hadDecision = Scalar("SELECT count(*) FROM reviews WHERE passage_id = $p AND status <> 'pending'", tx, ("$p", p.Id)) is long c && c > 0;
            var moved = Scalar("SELECT document_id FROM passages WHERE id = $p", tx, ("$p", p.Id)) is string owner && owner != documentId;
            if (hadDecision && moved) carried++;
            Execute(
                """
                INSERT INTO passages (id, document_id, ordinal, pages_json, first_page, heading, source, text, confidence, boxes_json)
                VALUES ($id, $doc, $ord, $pages, $first, $heading, $source, $text, $conf, $boxes)
                ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, ordinal = excluded.ordinal,
                    pages_json = excluded.pages_json, first_page = excluded.first_page, heading = excluded.heading,
                    source = excluded.source, text = excluded.text, confidence = excluded.confidence, boxes_json = excluded.boxes_json
                """,
                tx, ("$id", p.Id), ("$doc", documentId), ("$ord", p.Ordinal), ("$pages", Json.Write(p.Pages)),
                ("$first", p.Pages.Count > 0 ? p.Pages[0] : 0), ("$heading", p.Heading), ("$source", p.Source.ToName()),
                ("$text", p.Text), ("$conf", p.Confidence), ("$boxes", PageJson.WriteBoxes(p.Boxes)));
        }

        var left = 0;
        if (previous is not null)
        {
            left = Convert.ToInt32(Scalar(
                "SELECT count(*) FROM reviews r JOIN passages p ON p.id = r.passage_id WHERE p.document_id = $old AND r.status <> 'pending'",
                tx, ("$old", previous.Id)));
            Execute("UPDATE documents SET status = 'superseded', superseded_by = $new WHERE id = $old", tx, ("$new", documentId), ("$old", previous.Id));
        }
        Execute("UPDATE documents SET status = 'complete', completed_at = $now WHERE id = $id", tx, ("$now", Now()), ("$id", documentId));
        return new CompletionSummary(passages.Count, previous?.Id, carried, left);
    });

    /// <summary>Records that a file could not be ingested (replacing an older reason for the same path).</summary>
    public void RecordFailure(string path, string reason) =>
        Execute("INSERT OR REPLACE INTO failures (path, reason, at) VALUES ($p, $r, $at)", null, ("$p", path), ("$r", reason), ("$at", Now()));

    /// <summary>Forgets a failure once the file went in.</summary>
    public void ClearFailure(string path) => Execute("DELETE FROM failures WHERE path = $p", null, ("$p", path));

    /// <summary>Files that could not be ingested, with reasons.</summary>
    public IReadOnlyList<(string Path, string Reason)> GetFailures() =>
        Query("SELECT path, reason FROM failures ORDER BY path", r => (r.GetString(0), r.GetString(1)));
}
