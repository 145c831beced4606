using Microsoft.AspNetCore.Http;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

internal sealed partial class ReviewApp
{
    private async Task<IResult> Decide(HttpContext context, string passageId)
    {
        var request = await Body<DecisionRequest>(context);
        var reviewer = Reviewer(request.Reviewer);
        var action = Action(request.Action);
        var version = Version(request.Version);
        var codes = Codes(request.Codes);
        var comment = Comment(request.Comment);
        if (action == ReviewAction.Recode && codes is null)
            throw new ApiException(StatusCodes.Status400BadRequest, "Koda om kräver koderna (en tom lista avvisar passagen).");

        return gate.Use(store =>
        {
            if (store.FindPassage(passageId) is null) throw new ApiException(StatusCodes.Status404NotFound, "Passagen finns inte (längre) i databasen.");
            var current = store.GetReview(passageId);
            if (current.Version != version) return Conflict(current);
            if (action == ReviewAction.Undo && UndoRefusal(store, passageId, reviewer, current) is { } refusal) return refusal;
            var outcome = store.Decide(passageId, action, action is ReviewAction.Accept or ReviewAction.Recode ? codes : null, reviewer, comment, version);
            return outcome.Applied ? Results.Json(new { applied = true, state = outcome.State }) : Conflict(outcome.State);
        });
    }

    // The store's undo goes back to the state before the reviewer's last decision, even if someone
    // decided after it; here undo is only allowed while that decision is still the newest, so it
    // never silently wipes out a colleague's later decision.
    private static IResult? UndoRefusal(EvidenceStore store, string passageId, string reviewer, ReviewState current)
    {
        var log = store.GetReviewLog(passageId);
        if (!log.Any(e => e.Reviewer == reviewer && e.Action != "undo"))
            return Error(StatusCodes.Status400BadRequest, "Du har inget beslut att ångra på den här passagen.");
        var last = log[^1];
        if (last.Reviewer != reviewer)
            return Results.Json(new
            {
                applied = false,
                state = current,
                message = $"{last.Reviewer} har beslutat om passagen efter dig ({Swedish.State(current)}); att ångra skulle skriva över det beslutet. Besluta i stället på nytt.",
            }, statusCode: StatusCodes.Status409Conflict);
        if (last.Action == "undo")
            return Error(StatusCodes.Status400BadRequest, "Ditt senaste beslut på passagen är redan ångrat.");
        return null;
    }

    private static IResult Conflict(ReviewState current) => Results.Json(
        new { applied = false, state = current, message = Swedish.Conflict(current) },
        statusCode: StatusCodes.Status409Conflict);

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
