using Microsoft.AspNetCore.Http;
using StrategyMiner.Codebook;
using StrategyMiner.Documents;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

internal sealed partial class ReviewApp
{
    private IResult PassageView(string id) => gate.Use(store =>
    {
        var passage = store.FindPassage(id) ?? throw new ApiException(StatusCodes.Status404NotFound, "Passagen finns inte (längre) i databasen.");
        var document = store.FindDocument(passage.DocumentId);
        var previous = store.FindPassageAt(passage.DocumentId, passage.Ordinal - 1);
        var next = store.FindPassageAt(passage.DocumentId, passage.Ordinal + 1);
        var boxes = store.GetPassageBoxes(id);
        var pages = Pages(store, passage.DocumentId).Where(p => passage.Pages.Contains(p.PageNumber)).ToList();
        var log = store.GetReviewLog(id);
        return Results.Json(new
        {
            passage = new
            {
                id = passage.Id,
                documentId = passage.DocumentId,
                fileName = passage.FileName,
                title = passage.Title ?? document?.Title ?? passage.FileName,
                region = passage.Region,
                year = passage.Year,
                ordinal = passage.Ordinal,
                pages = passage.Pages,
                heading = passage.Heading,
                headingPath = passage.Heading.Split(" › ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                source = passage.Source,
                text = passage.Text,
                confidence = passage.Confidence,
                disputed = passage.Disputed,
                superseded = document?.Status == "superseded",
            },
            previous = previous is null ? null : new { id = previous.Id, text = previous.Text, heading = previous.Heading },
            next = next is null ? null : new { id = next.Id, text = next.Text, heading = next.Heading },
            suggestions = store.GetCodings(id).Select(c => new
            {
                code = c.Code,
                name = Codebook.Contains(c.Code) ? Codebook[c.Code].Name : c.Code,
                kind = c.Kind,
                method = c.Method,
                modelVersion = c.ModelVersion,
                confidence = c.Confidence,
                quote = c.Quote,
            }),
            state = store.GetReview(id),
            log = log.Select(e => new
            {
                action = e.Action,
                reviewer = e.Reviewer,
                at = e.At,
                comment = e.Comment,
                before = new { status = e.Before.Status, codes = e.Before.Codes },
                after = new { status = e.After.Status, codes = e.After.Codes },
            }),
            pages = pages.Select(p => new
            {
                number = p.PageNumber,
                width = p.Width,
                height = p.Height,
                source = p.Source.ToName(),
                confidence = p.Confidence,
                note = p.Note,
                imageUrl = $"/api/documents/{Uri.EscapeDataString(passage.DocumentId)}/pages/{p.PageNumber}/image",
                boxes = boxes.Where(b => b.Page == p.PageNumber).Select(b => new { left = b.Box.Left, bottom = b.Box.Bottom, right = b.Box.Right, top = b.Box.Top }),
                repair = RepairDiff.Build(p.OriginalText, p.Changes, passage.Text),
            }),
        });
    });

    private async Task<IResult> PageImage(HttpContext context, string documentId, int page)
    {
        var document = gate.Use(store => store.FindDocument(documentId))
            ?? throw new ApiException(StatusCodes.Status404NotFound, "Dokumentet finns inte i databasen.");
        var png = await images.GetAsync(document, page, context.RequestAborted);
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(png, "image/png");
    }
}
