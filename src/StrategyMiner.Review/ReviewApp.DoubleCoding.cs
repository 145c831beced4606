using Microsoft.AspNetCore.Http;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

// Double coding. Blindness is kept by the API: a round's two reviewers get only their own
// decisions, and the agreement report (which shows both) only once both have decided everything.
internal sealed partial class ReviewApp
{
    private const int MaxRoundSize = 500;

    private IResult Rounds() => gate.Use(store => Results.Json(new
    {
        rounds = store.GetDoubleCodingRounds().Select(r => RoundSummary(r, store.GetDoubleCodingItems(r.Id))),
    }));

    private static object RoundSummary(DoubleCodingRound round, IReadOnlyList<DoubleCodingItem> items) => new
    {
        id = round.Id,
        seed = round.Seed,
        size = round.Size,
        passages = round.Passages,
        reviewerA = round.ReviewerA,
        reviewerB = round.ReviewerB,
        createdBy = round.CreatedBy,
        createdAt = round.CreatedAt,
        decidedA = items.Count(i => i.A.IsDecided),
        decidedB = items.Count(i => i.B.IsDecided),
        settled = items.Count(i => i.SettledBy is not null),
        complete = items.All(i => i.A.IsDecided && i.B.IsDecided),
    };

    private async Task<IResult> CreateRound(HttpContext context)
    {
        var request = await Body<RoundRequest>(context);
        var creator = Reviewer(request.Reviewer);
        var a = Reviewer(request.ReviewerA);
        var b = Reviewer(request.ReviewerB);
        if (a == b) throw new ApiException(StatusCodes.Status400BadRequest, "Dubbelkodning kräver två olika granskare.");
        var size = request.Size ?? 0;
        if (size is < 1 or > MaxRoundSize) throw new ApiException(StatusCodes.Status400BadRequest, $"Antalet passager måste vara 1–{MaxRoundSize}.");
        var seed = request.Seed ?? Random.Shared.Next(1, 1_000_000);
        var filter = Filter(request.Filter);
        return gate.Use(store =>
        {
            DoubleCodingRound round;
            try
            {
                round = store.CreateDoubleCodingRound(filter, size, seed, a, b, creator);
            }
            catch (ArgumentException)
            {
                throw new ApiException(StatusCodes.Status400BadRequest, "Inga väntande passager matchar filtret utanför tidigare omgångar.");
            }
            return Results.Json(RoundSummary(round, store.GetDoubleCodingItems(round.Id)));
        });
    }

    private IResult RoundItems(long roundId, string? reviewerName)
    {
        var reviewer = Reviewer(reviewerName);
        return gate.Use(store =>
        {
            var round = RoundOf(store, roundId);
            var mineIsA = reviewer == round.ReviewerA;
            if (!mineIsA && reviewer != round.ReviewerB)
                throw new ApiException(StatusCodes.Status403Forbidden, $"Bara {round.ReviewerA} och {round.ReviewerB} kodar i omgång {round.Id}.");
            var items = store.GetDoubleCodingItems(roundId);
            var queue = store.GetQueueItems(items.Select(i => i.PassageId).ToList()).ToDictionary(q => q.PassageId, StringComparer.Ordinal);
            return Results.Json(new
            {
                round = RoundSummary(round, items),
                items = items.Where(i => queue.ContainsKey(i.PassageId)).Select(i => new
                {
                    position = i.Position,
                    item = queue[i.PassageId],
                    mine = mineIsA ? i.A : i.B,
                }),
            });
        });
    }

    private async Task<IResult> DecideInRound(HttpContext context, long roundId)
    {
        var request = await Body<DecisionRequest>(context);
        var reviewer = Reviewer(request.Reviewer);
        var action = Action(request.Action);
        var version = Version(request.Version);
        var codes = Codes(request.Codes);
        var comment = Comment(request.Comment);
        var passageId = request.PassageId ?? throw new ApiException(StatusCodes.Status400BadRequest, "Beslutet saknar passage.");
        if (action == ReviewAction.Recode && codes is null)
            throw new ApiException(StatusCodes.Status400BadRequest, "Koda om kräver koderna (en tom lista avvisar passagen).");
        return gate.Use(store =>
        {
            var round = RoundOf(store, roundId);
            if (reviewer != round.ReviewerA && reviewer != round.ReviewerB)
                throw new ApiException(StatusCodes.Status403Forbidden, $"Bara {round.ReviewerA} och {round.ReviewerB} kodar i omgång {round.Id}.");
            DoubleCodingOutcome outcome;
            try
            {
                outcome = store.DecideDoubleCoding(roundId, passageId, reviewer, action, action is ReviewAction.Accept or ReviewAction.Recode ? codes : null, comment, version);
            }
            catch (KeyNotFoundException)
            {
                throw new ApiException(StatusCodes.Status404NotFound, $"Passagen ingår inte i omgång {roundId}.");
            }
            catch (InvalidOperationException)
            {
                throw new ApiException(StatusCodes.Status400BadRequest, "Du har inget beslut att ångra på den här passagen i omgången.");
            }
            return outcome.Applied
                ? Results.Json(new { applied = true, mine = outcome.Decision })
                : Results.Json(new
                {
                    applied = false,
                    mine = outcome.Decision,
                    message = $"Du ändrade redan beslutet på annat håll (en annan flik?) till {Swedish.Status(outcome.Decision.Status)}, {Swedish.When(outcome.Decision.At)}. Det här beslutet sparades inte.",
                }, statusCode: StatusCodes.Status409Conflict);
        });
    }

    private IResult Report(long roundId, string? reviewerName)
    {
        var reviewer = Reviewer(reviewerName);
        return gate.Use(store =>
        {
            var round = RoundOf(store, roundId);
            var items = store.GetDoubleCodingItems(roundId);
            var done = items.All(i => i.A.IsDecided && i.B.IsDecided);
            if (!done && (reviewer == round.ReviewerA || reviewer == round.ReviewerB))
            {
                var mine = reviewer == round.ReviewerA ? items.Count(i => i.A.IsDecided) : items.Count(i => i.B.IsDecided);
                var theirs = reviewer == round.ReviewerA ? items.Count(i => i.B.IsDecided) : items.Count(i => i.A.IsDecided);
                throw new ApiException(StatusCodes.Status403Forbidden,
                    $"Rapporten visas för er två när båda har kodat alla {items.Count} passager (du: {mine}, den andra: {theirs}), så att ingen ser den andras beslut i förväg.");
            }
            var queue = store.GetQueueItems(items.Select(i => i.PassageId).ToList()).ToDictionary(q => q.PassageId, StringComparer.Ordinal);
            var status = AgreementReport.Status(items);
            return Results.Json(new
            {
                round = RoundSummary(round, items),
                complete = done,
                perCode = AgreementReport.PerCode(items, Codebook),
                status = new { items = status.Items, agreement = status.Agreement, kappa = status.Kappa },
                disagreements = items.Where(AgreementReport.Disagree).Select(i => new
                {
                    passageId = i.PassageId,
                    position = i.Position,
                    title = queue.TryGetValue(i.PassageId, out var q) ? q.Title ?? q.FileName : null,
                    region = q?.Region,
                    pages = q?.Pages,
                    snippet = q?.Snippet,
                    a = i.A,
                    b = i.B,
                    differs = i.A.Codes.Union(i.B.Codes).Except(i.A.Codes.Intersect(i.B.Codes)).ToList(),
                    settledBy = i.SettledBy,
                    settledAt = i.SettledAt,
                    main = store.GetReview(i.PassageId),
                }),
            });
        });
    }

    private async Task<IResult> Settle(HttpContext context, long roundId)
    {
        var request = await Body<DecisionRequest>(context);
        var reviewer = Reviewer(request.Reviewer);
        var action = Action(request.Action);
        if (action == ReviewAction.Undo) throw new ApiException(StatusCodes.Status400BadRequest, "Ett avgörande ångras i vanliga kön.");
        var version = Version(request.Version);
        var codes = Codes(request.Codes);
        var comment = Comment(request.Comment);
        var passageId = request.PassageId ?? throw new ApiException(StatusCodes.Status400BadRequest, "Avgörandet saknar passage.");
        if (action == ReviewAction.Recode && codes is null)
            throw new ApiException(StatusCodes.Status400BadRequest, "Koda om kräver koderna (en tom lista avvisar passagen).");
        return gate.Use(store =>
        {
            RoundOf(store, roundId);
            DecisionOutcome outcome;
            try
            {
                outcome = store.SettleDoubleCoding(roundId, passageId, action, action is ReviewAction.Accept or ReviewAction.Recode ? codes : null, reviewer,
                    comment ?? $"Avgjort efter dubbelkodning (omgång {roundId})", version);
            }
            catch (KeyNotFoundException)
            {
                throw new ApiException(StatusCodes.Status404NotFound, $"Passagen ingår inte i omgång {roundId}.");
            }
            return outcome.Applied ? Results.Json(new { applied = true, state = outcome.State }) : Conflict(outcome.State);
        });
    }

    private static DoubleCodingRound RoundOf(EvidenceStore store, long roundId) =>
        store.FindDoubleCodingRound(roundId) ?? throw new ApiException(StatusCodes.Status404NotFound, $"Omgång {roundId} finns inte.");
}
