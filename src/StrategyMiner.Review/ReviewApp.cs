using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StrategyMiner.Codebook;
using StrategyMiner.Documents;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

// The HTTP API of the review page. Every store access goes through the gate (one lock).
internal sealed partial class ReviewApp(StoreGate gate, PageImages images, StaticAssets assets, string? defaultReviewer)
{
    private const int MaxReviewerLength = 80;
    private const int MaxCommentLength = 2000;
    private static readonly CodebookDefinition Codebook = CodebookDefinition.Default;

    // Pages of complete documents never change, and parsing OCR word lists is the slow part of a passage view.
    private readonly Dictionary<string, IReadOnlyList<PageText>> _pages = new(StringComparer.Ordinal);
    private readonly Queue<string> _pageOrder = new();

    public void Map(WebApplication app)
    {
        app.Use(HandleErrors);
        foreach (var path in assets.Paths)
        {
            var (body, type) = assets[path];
            var route = path == "/index.html" ? "/" : path;
            app.MapGet(route, () => Results.Bytes(body, type));
        }
        app.MapGet("/api/session", Session);
        app.MapGet("/api/queue", Queue);
        app.MapGet("/api/counts", () => gate.Use(s => Results.Json(s.GetQueueCounts())));
        app.MapGet("/api/totals", () => gate.Use(s => Results.Json(s.GetQueueTotals())));
        app.MapGet("/api/passages/{id}", (string id) => PassageView(id));
        app.MapPost("/api/passages/{id}/decision", (HttpContext c, string id) => Decide(c, id));
        app.MapGet("/api/documents/{id}/pages/{page:int}/image", (HttpContext c, string id, int page) => PageImage(c, id, page));
        app.MapPost("/api/bulk/preview", (Func<HttpContext, Task<IResult>>)BulkPreview);
        app.MapPost("/api/bulk/apply", (Func<HttpContext, Task<IResult>>)BulkApply);
        app.MapGet("/api/double-coding", Rounds);
        app.MapPost("/api/double-coding", (Func<HttpContext, Task<IResult>>)CreateRound);
        app.MapGet("/api/double-coding/{round:long}/items", (long round, string? reviewer) => RoundItems(round, reviewer));
        app.MapPost("/api/double-coding/{round:long}/decision", (HttpContext c, long round) => DecideInRound(c, round));
        app.MapGet("/api/double-coding/{round:long}/report", (long round, string? reviewer) => Report(round, reviewer));
        app.MapPost("/api/double-coding/{round:long}/settle", (HttpContext c, long round) => Settle(c, round));
        app.MapFallback(() => Results.Json(new { error = "Adressen finns inte." }, statusCode: StatusCodes.Status404NotFound));
    }

    private static async Task HandleErrors(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            var (status, message) = ex switch
            {
                ApiException api => (api.Status, api.Message),
                PageImageUnavailableException image => (StatusCodes.Status404NotFound, image.Message),
                BadHttpRequestException bad => (bad.StatusCode, "Begäran kunde inte läsas: " + bad.Message),
                JsonException => (StatusCodes.Status400BadRequest, "Begäran är inte giltig JSON."),
                _ => (StatusCodes.Status500InternalServerError, $"Internt fel ({ex.GetType().Name}): {ex.Message}"),
            };
            context.Response.Clear();
            context.Response.Headers.CacheControl = "no-store";
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = message });
        }
    }

    private IResult Session() => gate.Use(store =>
    {
        var documents = store.GetDocuments().Where(d => d.Status == "complete").ToList();
        return Results.Json(new
        {
            reviewer = defaultReviewer,
            codebook = new
            {
                version = Codebook.Version,
                codes = Codebook.Codes.Select(c => new
                {
                    id = c.Id,
                    kind = c.Kind == CodeKind.Theme ? "theme" : "dimension",
                    name = c.Name,
                    question = c.Question,
                    definition = c.Definition,
                    include = c.Include,
                    exclude = c.Exclude,
                    examples = c.Examples,
                }),
            },
            documents = documents.Select(d => new { id = d.Id, title = d.Title ?? d.FileName, fileName = d.FileName, region = d.Region, year = d.Year }),
            regions = documents.Select(d => d.Region).OfType<string>().Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false)),
            coders = store.GetCodingMethods(),
        });
    });

    private static async Task<T> Body<T>(HttpContext context) where T : class =>
        await context.Request.ReadFromJsonAsync<T>(context.RequestAborted)
            ?? throw new ApiException(StatusCodes.Status400BadRequest, "Begäran saknar innehåll.");

    private static string Reviewer(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new ApiException(StatusCodes.Status400BadRequest, "Ange ditt namn (granskare) innan du beslutar.");
        if (trimmed.Length > MaxReviewerLength || trimmed.Any(char.IsControl))
            throw new ApiException(StatusCodes.Status400BadRequest, $"Granskarens namn får vara högst {MaxReviewerLength} tecken, utan styrtecken.");
        return trimmed;
    }

    private static string? Comment(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > MaxCommentLength) throw new ApiException(StatusCodes.Status400BadRequest, $"Kommentaren får vara högst {MaxCommentLength} tecken.");
        return trimmed;
    }

    private static List<string>? Codes(List<string>? codes)
    {
        if (codes is null) return null;
        foreach (var code in codes)
            if (!Codebook.Contains(code)) throw new ApiException(StatusCodes.Status400BadRequest, $"”{code}” är ingen kod i kodboken.");
        return codes;
    }

    private static ReviewAction Action(string? action) => action switch
    {
        "accept" => ReviewAction.Accept,
        "reject" => ReviewAction.Reject,
        "recode" => ReviewAction.Recode,
        "undo" => ReviewAction.Undo,
        _ => throw new ApiException(StatusCodes.Status400BadRequest, $"Okänd åtgärd ”{action}”: använd accept, reject, recode eller undo."),
    };

    private static int Version(int? version) => version ?? throw new ApiException(StatusCodes.Status400BadRequest,
        "Beslutet saknar version (vilket läge det gjordes på): ladda om sidan.");

    private IReadOnlyList<PageText> Pages(EvidenceStore store, string documentId)
    {
        if (_pages.TryGetValue(documentId, out var cached)) return cached;
        var pages = store.GetPages(documentId);
        _pages[documentId] = pages;
        _pageOrder.Enqueue(documentId);
        while (_pageOrder.Count > 8) _pages.Remove(_pageOrder.Dequeue());
        return pages;
    }
}
