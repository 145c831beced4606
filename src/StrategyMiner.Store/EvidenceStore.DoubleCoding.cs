using Microsoft.Data.Sqlite;
using StrategyMiner.Codebook;

namespace StrategyMiner.Store;

// Double coding: two reviewers decide the same seeded sample blind. Their decisions go to the
// append-only double_coding_decisions table and never touch the main decision; settling a
// disagreement writes the main decision through Decide, so it is audited like any other.
public sealed partial class EvidenceStore
{
    /// <summary>
    /// Draws a sample of <paramref name="size"/> pending passages matching <paramref name="filter"/>
    /// (none already in a round) with a seeded partial Fisher–Yates shuffle (Knuth, TAOCP vol. 2,
    /// Algorithm P) over the passages in id order, so the same seed on the same queue gives the same
    /// sample; then records the round for two reviewers.
    /// </summary>
    /// <exception cref="ArgumentException">Bad size or reviewers, or no eligible passage.</exception>
    public DoubleCodingRound CreateDoubleCodingRound(QueueFilter filter, int size, int seed, string reviewerA, string reviewerB, string createdBy)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        reviewerA = reviewerA.Trim();
        reviewerB = reviewerB.Trim();
        if (reviewerA.Length == 0 || reviewerB.Length == 0) throw new ArgumentException("Both reviewers need a name.");
        if (string.Equals(reviewerA, reviewerB, StringComparison.Ordinal)) throw new ArgumentException("Double coding needs two different reviewers.");
        var pendingFilter = filter with { Status = "pending" };
        return InTransaction(tx =>
        {
            var inRounds = Query("SELECT passage_id FROM double_coding_items", r => r.GetString(0), tx).ToHashSet(StringComparer.Ordinal);
            var candidates = GetQueuePassageIds(pendingFilter, tx).Where(id => !inRounds.Contains(id)).ToArray();
            if (candidates.Length == 0) throw new ArgumentException("No pending passage matches the filter outside earlier rounds.");
            var random = new Random(seed);
            var take = Math.Min(size, candidates.Length);
            for (var i = 0; i < take; i++)
            {
                var j = random.Next(i, candidates.Length);
                (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
            }
            var now = Now();
            Execute(
                "INSERT INTO double_coding_rounds (seed, size, reviewer_a, reviewer_b, filter_json, created_by, created_at) VALUES ($s, $n, $a, $b, $f, $by, $at)",
                tx, ("$s", seed), ("$n", size), ("$a", reviewerA), ("$b", reviewerB), ("$f", Json.Write(filter)), ("$by", createdBy), ("$at", now));
            var id = Convert.ToInt64(Scalar("SELECT last_insert_rowid()", tx));
            for (var i = 0; i < take; i++)
                Execute("INSERT INTO double_coding_items (round_id, passage_id, position) VALUES ($r, $p, $i)", tx, ("$r", id), ("$p", candidates[i]), ("$i", i));
            return new DoubleCodingRound(id, seed, size, take, reviewerA, reviewerB, Json.Write(filter), createdBy, now);
        });
    }

    private const string RoundSelect =
        """
        SELECT r.id, r.seed, r.size, (SELECT count(*) FROM double_coding_items i WHERE i.round_id = r.id), r.reviewer_a, r.reviewer_b,
               r.filter_json, r.created_by, r.created_at
        FROM double_coding_rounds r
        """;

    private static DoubleCodingRound ReadRound(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8));

    /// <summary>All double-coding rounds, newest first.</summary>
    public IReadOnlyList<DoubleCodingRound> GetDoubleCodingRounds() => Query($"{RoundSelect} ORDER BY r.id DESC", ReadRound);

    /// <summary>One round, or null.</summary>
    public DoubleCodingRound? FindDoubleCodingRound(long roundId) => FindRound(roundId, null);

    private DoubleCodingRound? FindRound(long roundId, SqliteTransaction? tx) =>
        Query($"{RoundSelect} WHERE r.id = $id", ReadRound, tx, ("$id", roundId)).FirstOrDefault();

    /// <summary>The round's passages in sample order, each with both reviewers' current decisions.</summary>
    public IReadOnlyList<DoubleCodingItem> GetDoubleCodingItems(long roundId)
    {
        var round = FindRound(roundId, null) ?? throw new KeyNotFoundException($"No double-coding round {roundId}.");
        var latest = Query(
            """
            SELECT d.passage_id, d.reviewer, d.status, d.codes_json, d.comment, d.at, d.version FROM double_coding_decisions d
            WHERE d.round_id = $r AND d.id = (SELECT max(x.id) FROM double_coding_decisions x WHERE x.round_id = d.round_id AND x.passage_id = d.passage_id AND x.reviewer = d.reviewer)
            """,
            r => (Passage: r.GetString(0), Decision: ReadDoubleCodingDecision(r, 1)), null, ("$r", roundId))
            .ToDictionary(x => (x.Passage, x.Decision.Reviewer), x => x.Decision);
        return Query(
            "SELECT passage_id, position, settled_by, settled_at FROM double_coding_items WHERE round_id = $r ORDER BY position",
            r => (Passage: r.GetString(0), Position: r.GetInt32(1), By: r.IsDBNull(2) ? null : r.GetString(2), At: r.IsDBNull(3) ? null : r.GetString(3)),
            null, ("$r", roundId))
            .Select(i => new DoubleCodingItem(roundId, i.Passage, i.Position,
                latest.GetValueOrDefault((i.Passage, round.ReviewerA)) ?? Undecided(round.ReviewerA),
                latest.GetValueOrDefault((i.Passage, round.ReviewerB)) ?? Undecided(round.ReviewerB),
                i.By, i.At))
            .ToList();
    }

    /// <summary>
    /// Records one reviewer's decision on a passage of a round if their version is still
    /// <paramref name="expectedVersion"/>. Decisions are appended, never overwritten; undo appends the
    /// state before the reviewer's last decision.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such round or passage in it.</exception>
    /// <exception cref="ArgumentException">The reviewer is not one of the round's two, or a code is unknown.</exception>
    /// <exception cref="InvalidOperationException">Undo with nothing to undo.</exception>
    public DoubleCodingOutcome DecideDoubleCoding(long roundId, string passageId, string reviewer, ReviewAction action, IReadOnlyList<string>? codes, string? comment, int expectedVersion) =>
        InTransaction(tx =>
        {
            var round = FindRound(roundId, tx) ?? throw new KeyNotFoundException($"No double-coding round {roundId}.");
            if (reviewer != round.ReviewerA && reviewer != round.ReviewerB)
                throw new ArgumentException($"{reviewer} is not one of the two reviewers of round {roundId}.", nameof(reviewer));
            if (Scalar("SELECT count(*) FROM double_coding_items WHERE round_id = $r AND passage_id = $p", tx, ("$r", roundId), ("$p", passageId)) is not long n || n == 0)
                throw new KeyNotFoundException($"Passage {passageId} is not in round {roundId}.");
            var history = Query(
                "SELECT passage_id, reviewer, status, codes_json, comment, at, version, action FROM double_coding_decisions WHERE round_id = $r AND passage_id = $p AND reviewer = $who ORDER BY id",
                r => (Decision: ReadDoubleCodingDecision(r, 1), Action: r.GetString(7)), tx, ("$r", roundId), ("$p", passageId), ("$who", reviewer));
            var before = history.Count > 0 ? history[^1].Decision : Undecided(reviewer);
            if (before.Version != expectedVersion)
                return new DoubleCodingOutcome(false, before, $"You changed this decision elsewhere (another tab?) to {before.Status} at {before.At}; this one was not saved.");

            var codebook = CodebookDefinition.Default;
            foreach (var code in codes ?? [])
                if (!codebook.Contains(code)) throw new ArgumentException($"'{code}' is not a code of the codebook.", nameof(codes));
            string status;
            IReadOnlyList<string> after;
            switch (action)
            {
                case ReviewAction.Accept:
                    status = "approved";
                    after = codes ?? SuggestedCodes(passageId, tx);
                    break;
                case ReviewAction.Reject:
                    status = "rejected";
                    after = [];
                    break;
                case ReviewAction.Recode:
                    if (codes is null) throw new ArgumentException("Re-coding needs the new codes.", nameof(codes));
                    status = codes.Count == 0 ? "rejected" : "approved";
                    after = codes;
                    break;
                case ReviewAction.Undo:
                    var last = history.FindLastIndex(h => h.Action != "undo");
                    if (last < 0) throw new InvalidOperationException($"{reviewer} has no decision on this passage to undo.");
                    var restored = last > 0 ? history[last - 1].Decision : Undecided(reviewer);
                    status = restored.Status;
                    after = restored.Codes;
                    comment ??= restored.Comment;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(action), action, null);
            }
            var decision = new DoubleCodingDecision(reviewer, status, after.Distinct().OrderBy(CodeOrder).ToList(), comment, Now(), before.Version + 1);
            Execute(
                """
                INSERT INTO double_coding_decisions (round_id, passage_id, reviewer, action, status, codes_json, comment, at, version)
                VALUES ($r, $p, $who, $a, $s, $c, $comment, $at, $v)
                """,
                tx, ("$r", roundId), ("$p", passageId), ("$who", reviewer), ("$a", action.ToString().ToLowerInvariant()), ("$s", decision.Status),
                ("$c", Json.Write(decision.Codes)), ("$comment", decision.Comment), ("$at", decision.At), ("$v", decision.Version));
            return new DoubleCodingOutcome(true, decision);
        });

    /// <summary>
    /// Writes the main decision for a passage of a round through <see cref="Decide(string, ReviewAction, IReadOnlyList{string}?, string, string?, int)"/>
    /// (logged as <c>double-coding-settle</c>) and marks the item settled, in one transaction.
    /// </summary>
    public DecisionOutcome SettleDoubleCoding(long roundId, string passageId, ReviewAction action, IReadOnlyList<string>? codes, string reviewer, string? comment, int expectedVersion) =>
        InTransaction(tx =>
        {
            if (Scalar("SELECT count(*) FROM double_coding_items WHERE round_id = $r AND passage_id = $p", tx, ("$r", roundId), ("$p", passageId)) is not long n || n == 0)
                throw new KeyNotFoundException($"Passage {passageId} is not in round {roundId}.");
            var outcome = Decide(tx, passageId, action, codes, reviewer, comment, expectedVersion, "double-coding-settle");
            if (outcome.Applied)
                Execute("UPDATE double_coding_items SET settled_by = $by, settled_at = $at WHERE round_id = $r AND passage_id = $p",
                    tx, ("$by", reviewer), ("$at", outcome.State.DecidedAt), ("$r", roundId), ("$p", passageId));
            return outcome;
        });

    private static DoubleCodingDecision Undecided(string reviewer) => new(reviewer, "pending", [], null, null, 0);

    private static DoubleCodingDecision ReadDoubleCodingDecision(SqliteDataReader r, int first) => new(
        r.GetString(first), r.GetString(first + 1), Json.Read<List<string>>(r.GetString(first + 2)),
        r.IsDBNull(first + 3) ? null : r.GetString(first + 3), r.GetString(first + 4), r.GetInt32(first + 5));
}
