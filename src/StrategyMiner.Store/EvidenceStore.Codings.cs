using StrategyMiner.Codebook;

namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    private const string ToCodeWhere =
        """
        WHERE d.status = 'complete'
          AND NOT EXISTS (SELECT 1 FROM coding_runs c WHERE c.passage_id = p.id AND c.method = $m AND c.model_version = $v)
        """;

    /// <summary>Passages of complete documents that this coder version has not coded yet.</summary>
    public IReadOnlyList<StoredPassage> GetPassagesToCode(string method, string modelVersion) =>
        GetPassagesToCode(method, modelVersion, int.MaxValue, null);

    /// <summary>
    /// At most <paramref name="limit"/> passages this coder version has not coded yet, in region,
    /// file and reading order, starting after <paramref name="after"/> (keyset paging, so a long
    /// corpus is never held in memory and a passage the coder leaves out is not fetched again).
    /// </summary>
    public IReadOnlyList<StoredPassage> GetPassagesToCode(string method, string modelVersion, int limit, StoredPassage? after)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var keyset = after is null ? "" : "AND (coalesce(d.region, d.file_name), d.file_name, p.document_id, p.ordinal) > ($k1, $k2, $k3, $k4)";
        return Query(
            $"""
            {PassageSelect}
            {ToCodeWhere}
            {keyset}
            ORDER BY coalesce(d.region, d.file_name), d.file_name, p.document_id, p.ordinal
            LIMIT $limit
            """,
            ReadPassage, null, ("$m", method), ("$v", modelVersion), ("$limit", limit),
            ("$k1", after?.Region ?? after?.FileName), ("$k2", after?.FileName), ("$k3", after?.DocumentId), ("$k4", after?.Ordinal));
    }

    /// <summary>
    /// Passages read per query by <see cref="BatchesToCode"/>. Each query sorts what is left to
    /// code, so pages much larger than a batch keep that cost small while memory stays bounded.
    /// </summary>
    public const int CodingPageSize = 2048;

    /// <summary>
    /// The passages this coder version has not coded yet, in batches of <paramref name="batchSize"/>,
    /// read lazily page by page (<see cref="GetPassagesToCode(string, string, int, StoredPassage?)"/>):
    /// save each batch's codings before taking the next. A passage the coder leaves out is not
    /// handed out again in the same pass.
    /// </summary>
    public IEnumerable<StoredPassage[]> BatchesToCode(string method, string modelVersion, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        StoredPassage? last = null;
        while (GetPassagesToCode(method, modelVersion, Math.Max(CodingPageSize, batchSize), last) is { Count: > 0 } page)
        {
            foreach (var batch in page.Chunk(batchSize)) yield return batch;
            last = page[^1];
        }
    }

    /// <summary>How many passages of complete documents this coder version has not coded yet.</summary>
    public int CountPassagesToCode(string method, string modelVersion) => Convert.ToInt32(Scalar(
        $"SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id {ToCodeWhere}", null, ("$m", method), ("$v", modelVersion)));

    /// <summary>
    /// Records one coder version's results in one transaction: the run (even for a passage with
    /// no codes) and its suggestions, replacing what the same method and version said before.
    /// </summary>
    public void SaveCodings(string method, string modelVersion, IReadOnlyList<CodingResult> results)
    {
        var codebook = CodebookDefinition.Default;
        InTransaction(tx =>
        {
            var now = Now();
            foreach (var result in results)
            {
                Execute("DELETE FROM codings WHERE passage_id = $p AND method = $m AND model_version = $v", tx,
                    ("$p", result.PassageId), ("$m", method), ("$v", modelVersion));
                Execute("INSERT OR REPLACE INTO coding_runs (passage_id, method, model_version, coded_at) VALUES ($p, $m, $v, $now)", tx,
                    ("$p", result.PassageId), ("$m", method), ("$v", modelVersion), ("$now", now));
                foreach (var s in result.Suggestions)
                {
                    if (!codebook.Contains(s.Code)) throw new ArgumentException($"'{s.Code}' is not a code of the codebook.", nameof(results));
                    Execute(
                        "INSERT INTO codings (passage_id, code, kind, method, model_version, confidence, quote, created_at) VALUES ($p, $c, $k, $m, $v, $conf, $q, $now)",
                        tx, ("$p", result.PassageId), ("$c", s.Code), ("$k", codebook[s.Code].Kind == CodeKind.Theme ? "theme" : "dimension"),
                        ("$m", method), ("$v", modelVersion), ("$conf", s.Confidence), ("$q", s.Quote), ("$now", now));
                }
            }
        });
    }

    /// <summary>
    /// For every passage of a complete document that both coder versions have coded, the codes
    /// each suggested, in one query (codes only, no passage text), ordered by passage id.
    /// </summary>
    public IReadOnlyList<CodeSetPair> GetCodeSetsOfBoth(string firstMethod, string firstVersion, string secondMethod, string secondVersion)
    {
        var rows = Query(
            """
            SELECT r1.passage_id, c.code,
                   coalesce(c.method = $m1 AND c.model_version = $v1, 0),
                   coalesce(c.method = $m2 AND c.model_version = $v2, 0)
            FROM coding_runs r1
            JOIN coding_runs r2 ON r2.passage_id = r1.passage_id AND r2.method = $m2 AND r2.model_version = $v2
            JOIN passages p ON p.id = r1.passage_id
            JOIN documents d ON d.id = p.document_id AND d.status = 'complete'
            LEFT JOIN codings c ON c.passage_id = r1.passage_id
                 AND ((c.method = $m1 AND c.model_version = $v1) OR (c.method = $m2 AND c.model_version = $v2))
            WHERE r1.method = $m1 AND r1.model_version = $v1
            ORDER BY r1.passage_id
            """,
            r => (Passage: r.GetString(0), Code: r.IsDBNull(1) ? null : r.GetString(1), InFirst: r.GetInt64(2) != 0, InSecond: r.GetInt64(3) != 0),
            null, ("$m1", firstMethod), ("$v1", firstVersion), ("$m2", secondMethod), ("$v2", secondVersion));
        return rows.GroupBy(r => r.Passage, StringComparer.Ordinal)
            .Select(g => new CodeSetPair(g.Key,
                g.Where(r => r.InFirst && r.Code is not null).Select(r => r.Code!).ToHashSet(StringComparer.Ordinal),
                g.Where(r => r.InSecond && r.Code is not null).Select(r => r.Code!).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>Stores, per passage, the codes two coders disagree on (an empty list clears the flag).</summary>
    public void SaveDisagreements(IReadOnlyDictionary<string, IReadOnlyList<string>> disputedCodesByPassage) => InTransaction(tx =>
    {
        foreach (var (passage, codes) in disputedCodesByPassage)
            Execute("UPDATE passages SET disputed_json = $j WHERE id = $p", tx, ("$j", codes.Count == 0 ? null : Json.Write(codes)), ("$p", passage));
    });

    /// <summary>
    /// The suggestions for a passage. By default only the newest model version of each method
    /// counts, so a retrained coder's suggestions replace the old ones in review and export.
    /// </summary>
    public IReadOnlyList<StoredCoding> GetCodings(string passageId) => Query(
        $"""
        SELECT c.passage_id, c.code, c.kind, c.method, c.model_version, c.confidence, c.quote
        FROM codings c
        WHERE c.passage_id = $p
          AND {NewestCoderVersion}
        ORDER BY c.kind DESC, c.code, c.method
        """,
        r => new StoredCoding(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDouble(5), r.IsDBNull(6) ? null : r.GetString(6)),
        null, ("$p", passageId));

    /// <summary>Saves a trained model with its evaluation figures.</summary>
    public void SaveModel(string method, string version, byte[] model, string metricsJson) => Execute(
        "INSERT OR REPLACE INTO models (method, version, created_at, model, metrics_json) VALUES ($m, $v, $now, $blob, $metrics)",
        null, ("$m", method), ("$v", version), ("$now", Now()), ("$blob", model), ("$metrics", metricsJson));

    /// <summary>The newest model saved for a method, if any.</summary>
    public (string Version, byte[] Model)? LoadLatestModel(string method)
    {
        var rows = Query("SELECT version, model FROM models WHERE method = $m ORDER BY created_at DESC, rowid DESC LIMIT 1",
            r => (r.GetString(0), (byte[])r.GetValue(1)), null, ("$m", method));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>A cached LLM response by key (passage hash + prompt version + model), or null.</summary>
    public string? GetCachedResponse(string key) => Scalar("SELECT response FROM llm_cache WHERE key = $k", null, ("$k", key)) as string;

    /// <summary>Caches an LLM response with its token counts.</summary>
    public void PutCachedResponse(string key, string response, int promptTokens, int completionTokens) => Execute(
        "INSERT OR REPLACE INTO llm_cache (key, response, prompt_tokens, completion_tokens, created_at) VALUES ($k, $r, $pt, $ct, $now)",
        null, ("$k", key), ("$r", response), ("$pt", promptTokens), ("$ct", completionTokens), ("$now", Now()));
}
