using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using StrategyMiner.Codebook;

namespace StrategyMiner.Store;

// The review queue: AI-coded passages with their decision state, filtered, sorted and counted in SQL.
public sealed partial class EvidenceStore
{
    private bool _foldRegistered;

    // Suggestions that count are those of the newest model version of each method, as in GetCodings.
    private const string QueueCte =
        $"""
        WITH cur AS (
            SELECT c.passage_id, c.code, c.method, c.confidence FROM codings c
            WHERE {NewestCoderVersion}
        ),
        agg AS (SELECT passage_id, min(confidence) AS min_conf FROM cur GROUP BY passage_id),
        q AS (
            SELECT p.id, p.document_id, d.file_name, d.title, d.region, p.ordinal, p.pages_json, p.heading, p.text,
                   coalesce(r.status, 'pending') AS status, r.codes_json, r.reviewer, r.decided_at, coalesce(r.version, 0) AS version,
                   p.disputed_json, a.min_conf,
                   (p.disputed_json IS NOT NULL AND p.disputed_json <> '[]') AS disputed
            FROM passages p
            JOIN documents d ON d.id = p.document_id AND d.status = 'complete'
            LEFT JOIN agg a ON a.passage_id = p.id
            LEFT JOIN reviews r ON r.passage_id = p.id
            WHERE a.passage_id IS NOT NULL OR r.status IN ('approved', 'rejected')
        )
        """;

    /// <summary>
    /// A page of the review queue: AI-coded passages of complete documents (and decided ones whose
    /// suggestions a newer coder dropped), filtered and sorted.
    /// </summary>
    public QueuePage GetQueue(QueueFilter filter, QueueSort sort = QueueSort.Priority, int offset = 0, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, parameters) = QueueWhere(filter);
        var countParameters = parameters.ToArray();
        parameters.Add(("$limit", limit));
        parameters.Add(("$offset", offset));
        // One pass sorts only ids (the window count gives the total alongside); the page's rows are read after.
        var total = 0;
        var ids = Query(
            $"""
            {QueueCte}
            SELECT id, count(*) OVER () FROM q WHERE {where}
            ORDER BY {QueueOrder(sort)}
            LIMIT $limit OFFSET $offset
            """,
            r =>
            {
                total = r.GetInt32(1);
                return r.GetString(0);
            },
            null, parameters.ToArray());
        if (ids.Count == 0 && offset > 0)
            total = Convert.ToInt32(Scalar($"{QueueCte} SELECT count(*) FROM q WHERE {where}", null, countParameters), CultureInfo.InvariantCulture);
        return new QueuePage(total, GetQueueItems(ids));
    }

    /// <summary>The ids of every queue passage matching the filter, in passage-id order (what a seeded sample draws from).</summary>
    public IReadOnlyList<string> GetQueuePassageIds(QueueFilter filter) => GetQueuePassageIds(filter, null);

    private List<string> GetQueuePassageIds(QueueFilter filter, SqliteTransaction? tx)
    {
        var (where, parameters) = QueueWhere(filter);
        return Query($"{QueueCte} SELECT id FROM q WHERE {where} ORDER BY id", r => r.GetString(0), tx, parameters.ToArray());
    }

    /// <summary>Queue items for the given passages (those of complete documents), in the order given.</summary>
    public IReadOnlyList<QueueItem> GetQueueItems(IReadOnlyList<string> passageIds)
    {
        if (passageIds.Count == 0) return [];
        // Only these passages: no pass over the whole queue.
        var rows = Query(
            $"""
            SELECT p.id, p.document_id, d.file_name, d.title, d.region, p.ordinal, p.pages_json, p.heading, substr(p.text, 1, 240),
                   coalesce(r.status, 'pending'), r.codes_json, r.reviewer, r.decided_at, coalesce(r.version, 0), p.disputed_json,
                   (SELECT min(c.confidence) FROM codings c WHERE c.passage_id = p.id
                      AND {NewestCoderVersion})
            FROM passages p
            JOIN documents d ON d.id = p.document_id AND d.status = 'complete'
            LEFT JOIN reviews r ON r.passage_id = p.id
            WHERE p.id IN (SELECT value FROM json_each($ids))
            """,
            ReadQueueRow, null, ("$ids", Json.Write(passageIds)));
        var items = WithSuggestions(rows, null).ToDictionary(i => i.PassageId, StringComparer.Ordinal);
        return passageIds.Where(items.ContainsKey).Select(id => items[id]).ToList();
    }

    /// <summary>AI-coded passages by decision status (key ""), cheaper than <see cref="GetQueueCounts"/>.</summary>
    public ReviewCount GetQueueTotals()
    {
        var rows = Query($"{QueueCte} SELECT status, count(*) FROM q GROUP BY status", r => (Status: r.GetString(0), Count: r.GetInt32(1)));
        int Of(string status) => rows.Where(x => x.Status == status).Sum(x => x.Count);
        return new ReviewCount("", Of("pending"), Of("approved"), Of("rejected"));
    }

    /// <summary>Review progress over the whole queue: per suggested code and per region.</summary>
    public QueueCounts GetQueueCounts()
    {
        // One pass over the queue; counting happens here rather than in two more SQL passes.
        var rows = Query(
            $"{QueueCte} SELECT q.id, coalesce(q.region, ''), q.status, cur.code FROM q LEFT JOIN cur ON cur.passage_id = q.id",
            r => (Id: r.GetString(0), Region: r.GetString(1), Status: r.GetString(2), Code: r.IsDBNull(3) ? null : r.GetString(3)));
        var byCode = rows.Where(x => x.Code is not null).DistinctBy(x => (x.Id, x.Code))
            .Select(x => (Key: x.Code!, x.Status, Count: 1)).ToList();
        var byRegion = rows.DistinctBy(x => x.Id).Select(x => (Key: x.Region, x.Status, Count: 1)).ToList();

        static ReviewCount Sum(string key, IEnumerable<(string Key, string Status, int Count)> rows)
        {
            int pending = 0, approved = 0, rejected = 0;
            foreach (var row in rows)
            {
                switch (row.Status)
                {
                    case "approved": approved += row.Count; break;
                    case "rejected": rejected += row.Count; break;
                    default: pending += row.Count; break;
                }
            }
            return new ReviewCount(key, pending, approved, rejected);
        }

        var codes = CodebookDefinition.Default.Codes
            .Select(c => Sum(c.Id, byCode.Where(x => x.Key == c.Id)))
            .ToList();
        var regions = byRegion.GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false))
            .Select(g => Sum(g.Key, g))
            .ToList();
        return new QueueCounts(Sum("", byRegion), codes, regions);
    }

    /// <summary>The coders that have coded anything (<c>local</c>, <c>llm</c>), by name.</summary>
    public IReadOnlyList<string> GetCodingMethods() => Query("SELECT DISTINCT method FROM coding_runs ORDER BY method", r => r.GetString(0));

    /// <summary>The passage at a position of a document's reading order (for context), or null.</summary>
    public StoredPassage? FindPassageAt(string documentId, int ordinal) =>
        Query($"{PassageSelect} WHERE p.document_id = $doc AND p.ordinal = $ord", ReadPassage, null, ("$doc", documentId), ("$ord", ordinal)).FirstOrDefault();

    /// <summary>
    /// Applies a bulk action in one transaction, one <see cref="Decide(string, ReviewAction, IReadOnlyList{string}?, string, string?, int)"/>
    /// per passage on the version the preview showed; the audit log records each as <c>bulk-accept</c> or
    /// <c>bulk-reject</c>. Passages someone decided since the preview are left alone and come back not applied.
    /// </summary>
    public IReadOnlyList<DecisionOutcome> DecideMany(IReadOnlyList<BulkDecision> decisions, string reviewer, string? comment) =>
        InTransaction(tx => decisions
            .Select(d => Decide(tx, d.PassageId, d.Action, d.Codes, reviewer, comment, d.ExpectedVersion, "bulk-" + d.Action.ToString().ToLowerInvariant()))
            .ToList());

    private static string QueueOrder(QueueSort sort) => sort switch
    {
        QueueSort.Priority => "disputed DESC, coalesce(min_conf, 1) ASC, coalesce(region, file_name), file_name, ordinal",
        QueueSort.LowestConfidence => "coalesce(min_conf, 1) ASC, coalesce(region, file_name), file_name, ordinal",
        QueueSort.DocumentOrder => "coalesce(region, file_name), file_name, ordinal",
        QueueSort.RecentlyDecided => "decided_at IS NULL, decided_at DESC, coalesce(region, file_name), file_name, ordinal",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    private (string Where, List<(string Name, object? Value)> Parameters) QueueWhere(QueueFilter filter)
    {
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string Name, object? Value)>();
        var suggestionTerms = new StringBuilder();
        if (!string.IsNullOrEmpty(filter.Method))
        {
            suggestionTerms.Append(" AND method = $method");
            parameters.Add(("$method", filter.Method));
        }
        if (filter.MinConfidence is { } min)
        {
            suggestionTerms.Append(" AND confidence >= $min");
            parameters.Add(("$min", min));
        }
        if (filter.MaxConfidence is { } max)
        {
            suggestionTerms.Append(" AND confidence <= $max");
            parameters.Add(("$max", max));
        }
        var codes = filter.Codes?.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (codes.Count == 0 && suggestionTerms.Length > 0)
        {
            where.Append($" AND id IN (SELECT passage_id FROM cur WHERE 1 = 1{suggestionTerms})");
        }
        for (var i = 0; i < codes.Count; i++)
        {
            var name = $"$code{i}";
            parameters.Add((name, codes[i]));
            // A code a reviewer added when re-coding counts too, unless the filter is about the coders' suggestions.
            var decided = suggestionTerms.Length == 0 ? $" OR EXISTS (SELECT 1 FROM json_each(coalesce(codes_json, '[]')) WHERE value = {name})" : "";
            where.Append($" AND (id IN (SELECT passage_id FROM cur WHERE code = {name}{suggestionTerms}){decided})");
        }
        if (!string.IsNullOrEmpty(filter.Region))
        {
            where.Append(" AND region = $region");
            parameters.Add(("$region", filter.Region));
        }
        if (!string.IsNullOrEmpty(filter.DocumentId))
        {
            where.Append(" AND document_id = $doc");
            parameters.Add(("$doc", filter.DocumentId));
        }
        if (!string.IsNullOrEmpty(filter.Status))
        {
            where.Append(" AND status = $status");
            parameters.Add(("$status", filter.Status));
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            EnsureFoldFunction();
            where.Append(" AND instr(sm_fold(text), $text) > 0");
            parameters.Add(("$text", Fold(filter.Text.Trim())));
        }
        return (where.ToString(), parameters);
    }

    // SQLite's lower() only folds ASCII; searching "östersund" must find "Östersund".
    private void EnsureFoldFunction()
    {
        if (_foldRegistered) return;
        _connection.CreateFunction<string?, string?>("sm_fold", s => s is null ? null : Fold(s), isDeterministic: true);
        _foldRegistered = true;
    }

    private static string Fold(string s) => s.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    private static QueueItem ReadQueueRow(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.GetInt32(5), Json.Read<List<int>>(r.GetString(6)), r.GetString(7), r.GetString(8), r.GetString(9),
        r.IsDBNull(10) ? [] : Json.Read<List<string>>(r.GetString(10)),
        r.IsDBNull(11) ? null : r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12), r.GetInt32(13), [],
        r.IsDBNull(14) ? [] : Json.Read<List<string>>(r.GetString(14)), r.IsDBNull(15) ? null : r.GetDouble(15));

    // Suggestions only for the rows shown, not for the whole queue the page was sorted from.
    private List<QueueItem> WithSuggestions(List<QueueItem> rows, SqliteTransaction? tx)
    {
        if (rows.Count == 0) return rows;
        var suggestions = Query(
            $"""
            SELECT c.passage_id, c.code, c.method, c.confidence FROM codings c
            WHERE c.passage_id IN (SELECT value FROM json_each($ids))
              AND {NewestCoderVersion}
            """,
            r => (Passage: r.GetString(0), Suggestion: new QueueSuggestion(r.GetString(1), r.GetString(2), r.GetDouble(3))),
            tx, ("$ids", Json.Write(rows.Select(x => x.PassageId).ToList())))
            .ToLookup(x => x.Passage, x => x.Suggestion, StringComparer.Ordinal);
        return rows.Select(item =>
        {
            var mine = suggestions[item.PassageId].OrderBy(s => CodeOrder(s.Code)).ThenBy(s => s.Method, StringComparer.Ordinal).ToList();
            // A pending passage without a stored decision lists what the coders suggest.
            var codes = item.Status == "pending" && item.Codes.Count == 0 && item.Version == 0
                ? mine.Select(s => s.Code).Distinct(StringComparer.Ordinal).ToList()
                : item.Codes;
            return item with { Suggestions = mine, Codes = codes };
        }).ToList();
    }
}
