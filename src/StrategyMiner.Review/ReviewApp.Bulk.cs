using Microsoft.AspNetCore.Http;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

internal sealed partial class ReviewApp
{
    private const int MaxBulk = 1000;

    private async Task<IResult> BulkPreview(HttpContext context)
    {
        var request = await Body<BulkPreviewRequest>(context);
        var action = BulkAction(request.Action);
        // A bulk action never touches a passage someone already decided.
        var filter = Filter(request.Filter) with { Status = "pending" };
        return gate.Use(store =>
        {
            var page = store.GetQueue(filter, QueueSort.DocumentOrder, 0, MaxBulk);
            return Results.Json(new
            {
                action = request.Action,
                total = page.Total,
                limit = MaxBulk,
                items = page.Items.Select(item => new
                {
                    passageId = item.PassageId,
                    version = item.Version,
                    codes = action == ReviewAction.Accept ? item.Codes : [],
                    title = item.Title ?? item.FileName,
                    region = item.Region,
                    pages = item.Pages,
                    snippet = item.Snippet,
                    suggestions = item.Suggestions,
                    warnings = Warnings(item, filter),
                }),
            });
        });
    }

    private static List<string> Warnings(QueueItem item, QueueFilter filter)
    {
        var warnings = new List<string>();
        if (filter.MinConfidence is { } min)
        {
            foreach (var low in item.Suggestions.Where(s => s.Confidence < min))
                warnings.Add($"{low.Code} ({low.Method}) har bara säkerhet {low.Confidence.ToString("0.00", Swedish.Culture)}");
        }
        if (item.Disputed.Count > 0) warnings.Add($"kodarna är oense om {string.Join(", ", item.Disputed)}");
        return warnings;
    }

    private async Task<IResult> BulkApply(HttpContext context)
    {
        var request = await Body<BulkApplyRequest>(context);
        var action = BulkAction(request.Action);
        var reviewer = Reviewer(request.Reviewer);
        var comment = Comment(request.Comment);
        var items = request.Items ?? [];
        if (items.Count == 0) throw new ApiException(StatusCodes.Status400BadRequest, "Inga passager valda.");
        if (items.Count > MaxBulk) throw new ApiException(StatusCodes.Status400BadRequest, $"Högst {MaxBulk} passager åt gången.");
        var decisions = items.Select(i => new BulkDecision(
            string.IsNullOrEmpty(i.PassageId) ? throw new ApiException(StatusCodes.Status400BadRequest, "En rad saknar passage.") : i.PassageId,
            action,
            action == ReviewAction.Accept ? Codes(i.Codes) : null,
            Version(i.Version))).ToList();
        return gate.Use(store =>
        {
            foreach (var d in decisions)
                if (store.FindPassage(d.PassageId) is null) throw new ApiException(StatusCodes.Status404NotFound, $"Passagen {d.PassageId} finns inte.");
            var outcomes = store.DecideMany(decisions, reviewer, comment);
            return Results.Json(new
            {
                applied = outcomes.Count(o => o.Applied),
                conflicts = outcomes.Where(o => !o.Applied).Select(o => new { passageId = o.State.PassageId, state = o.State, message = Swedish.Conflict(o.State) }),
            });
        });
    }

    private static ReviewAction BulkAction(string? action) => action switch
    {
        "accept" => ReviewAction.Accept,
        "reject" => ReviewAction.Reject,
        _ => throw new ApiException(StatusCodes.Status400BadRequest, $"Okänd massåtgärd ”{action}”: använd accept eller reject."),
    };
}
