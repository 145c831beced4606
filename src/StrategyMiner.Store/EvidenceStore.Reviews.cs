using Microsoft.Data.Sqlite;
using StrategyMiner.Codebook;

namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    private sealed record StateDto(string Status, List<string> Codes, string? Reviewer, string? DecidedAt, string? Comment, int Version);

    /// <summary>The current decision on a passage; pending with the suggested codes when nobody decided yet.</summary>
    public ReviewState GetReview(string passageId) => GetReview(passageId, null);

    private ReviewState GetReview(string passageId, SqliteTransaction? tx)
    {
        var rows = Query("SELECT status, codes_json, reviewer, decided_at, comment, version FROM reviews WHERE passage_id = $p",
            r => new ReviewState(passageId, r.GetString(0), Json.Read<List<string>>(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetInt32(5)),
            tx, ("$p", passageId));
        return rows.Count > 0 ? rows[0] : new ReviewState(passageId, "pending", SuggestedCodes(passageId, tx), null, null, null, 0);
    }

    private List<string> SuggestedCodes(string passageId, SqliteTransaction? tx) => Query(
        $"""
        SELECT DISTINCT c.code FROM codings c
        WHERE c.passage_id = $p
          AND {NewestCoderVersion}
        """, r => r.GetString(0), tx, ("$p", passageId)).OrderBy(CodeOrder).ToList();

    private static int CodeOrder(string code)
    {
        var codes = CodebookDefinition.Default.Codes;
        for (var i = 0; i < codes.Count; i++) if (codes[i].Id == code) return i;
        return int.MaxValue;
    }

    /// <summary>
    /// Applies a reviewer's decision if the passage is still at <paramref name="expectedVersion"/>;
    /// otherwise nothing changes and the current state comes back with a message. Every applied
    /// decision is appended to the audit log with the state before and after.
    /// </summary>
    /// <param name="codes">For <see cref="ReviewAction.Recode"/> the new codes; for Accept, null means the suggested (or current) codes.</param>
    public DecisionOutcome Decide(string passageId, ReviewAction action, IReadOnlyList<string>? codes, string reviewer, string? comment, int expectedVersion) =>
        InTransaction(tx => Decide(tx, passageId, action, codes, reviewer, comment, expectedVersion, action.ToString().ToLowerInvariant()));

    internal DecisionOutcome Decide(SqliteTransaction tx, string passageId, ReviewAction action, IReadOnlyList<string>? codes, string reviewer, string? comment, int expectedVersion, string logAction)
    {
        if (string.IsNullOrWhiteSpace(reviewer)) throw new ArgumentException("A decision needs the reviewer's name.", nameof(reviewer));
        if (Scalar("SELECT count(*) FROM passages WHERE id = $p", tx, ("$p", passageId)) is not long n || n == 0)
            throw new KeyNotFoundException($"No passage with id {passageId}.");
        var before = GetReview(passageId, tx);
        if (before.Version != expectedVersion)
        {
            return new DecisionOutcome(false, before,
                $"{before.Reviewer ?? "Someone"} decided this passage ({before.Status}, {string.Join(" ", before.Codes)}) at {before.DecidedAt} while you were looking at it; your decision was not saved. Here is the current state.");
        }

        var codebook = CodebookDefinition.Default;
        foreach (var code in codes ?? [])
            if (!codebook.Contains(code)) throw new ArgumentException($"'{code}' is not a code of the codebook.", nameof(codes));

        ReviewState after;
        var now = Now();
        switch (action)
        {
            case ReviewAction.Accept:
                after = before with { Status = "approved", Codes = (codes ?? before.Codes).Distinct().OrderBy(CodeOrder).ToList() };
                break;
            case ReviewAction.Reject:
                after = before with { Status = "rejected", Codes = [] };
                break;
            case ReviewAction.Recode:
                if (codes is null) throw new ArgumentException("Re-coding needs the new codes.", nameof(codes));
                after = before with { Status = codes.Count == 0 ? "rejected" : "approved", Codes = codes.Distinct().OrderBy(CodeOrder).ToList() };
                break;
            case ReviewAction.Undo:
                // Undo only while the reviewer's decision is still the newest: going back past a
                // colleague's later decision would silently wipe it out.
                var log = GetReviewLog(passageId, tx);
                if (!log.Exists(e => e.Reviewer == reviewer && e.Action != "undo"))
                    throw new InvalidOperationException($"{reviewer} has no decision on this passage to undo.");
                var last = log[^1];
                if (last.Reviewer != reviewer)
                {
                    return new DecisionOutcome(false, before,
                        $"{last.Reviewer} decided this passage ({before.Status}, {string.Join(" ", before.Codes)}) after {reviewer}; undoing would overwrite that decision, so nothing was changed. Decide again instead.");
                }
                if (last.Action == "undo") throw new InvalidOperationException($"{reviewer}'s last decision on this passage is already undone.");
                after = last.Before;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
        after = after with { Reviewer = reviewer, DecidedAt = now, Comment = comment ?? (action == ReviewAction.Undo ? after.Comment : null), Version = before.Version + 1, PassageId = passageId };

        Execute(
            """
            INSERT INTO reviews (passage_id, status, codes_json, reviewer, decided_at, comment, version)
            VALUES ($p, $s, $c, $r, $at, $comment, $v)
            ON CONFLICT (passage_id) DO UPDATE SET status = excluded.status, codes_json = excluded.codes_json, reviewer = excluded.reviewer,
                decided_at = excluded.decided_at, comment = excluded.comment, version = excluded.version
            """,
            tx, ("$p", passageId), ("$s", after.Status), ("$c", Json.Write(after.Codes)), ("$r", reviewer), ("$at", now), ("$comment", after.Comment), ("$v", after.Version));
        Execute(
            "INSERT INTO review_log (passage_id, action, before_json, after_json, reviewer, at, comment) VALUES ($p, $a, $b, $af, $r, $at, $c)",
            tx, ("$p", passageId), ("$a", logAction), ("$b", WriteState(before)), ("$af", WriteState(after)), ("$r", reviewer), ("$at", now), ("$c", comment));
        return new DecisionOutcome(true, after);
    }

    /// <summary>The audit log of one passage, oldest first.</summary>
    public IReadOnlyList<ReviewLogEntry> GetReviewLog(string passageId) => GetReviewLog(passageId, null);

    private List<ReviewLogEntry> GetReviewLog(string passageId, SqliteTransaction? tx) => Query(
        "SELECT id, passage_id, action, before_json, after_json, reviewer, at, comment FROM review_log WHERE passage_id = $p ORDER BY id",
        r => new ReviewLogEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), ReadState(r.GetString(1), r.GetString(3)), ReadState(r.GetString(1), r.GetString(4)),
            r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)),
        tx, ("$p", passageId));

    private static string WriteState(ReviewState s) => Json.Write(new StateDto(s.Status, s.Codes.ToList(), s.Reviewer, s.DecidedAt, s.Comment, s.Version));

    private static ReviewState ReadState(string passageId, string json)
    {
        var dto = Json.Read<StateDto>(json);
        return new ReviewState(passageId, dto.Status, dto.Codes, dto.Reviewer, dto.DecidedAt, dto.Comment, dto.Version);
    }

    /// <summary>Decided passages with their final and suggested codes, as training data.</summary>
    public IReadOnlyList<ReviewedPassage> GetReviewedPassages() => Query(
        "SELECT r.passage_id, p.text, r.status, r.codes_json FROM reviews r JOIN passages p ON p.id = r.passage_id WHERE r.status IN ('approved', 'rejected') ORDER BY r.passage_id",
        r => (Id: r.GetString(0), Text: r.GetString(1), Status: r.GetString(2), Codes: Json.Read<List<string>>(r.GetString(3))))
        .Select(x => new ReviewedPassage(x.Id, x.Text, x.Status, x.Codes, SuggestedCodes(x.Id, null))).ToList();
}
