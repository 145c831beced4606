using System.Globalization;
using Microsoft.AspNetCore.Http;
using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

internal sealed partial class ReviewApp
{
    private const int MaxPage = 500;

    private IResult Queue(HttpContext context)
    {
        var query = context.Request.Query;
        var filter = Filter(new FilterDto(
            query["code"], query["dimension"], query["region"], query["document"], query["coder"],
            query["min"], query["max"], query["status"], query["q"]));
        var sort = Sort(query["sort"]);
        var offset = Integer(query["offset"], 0, "offset");
        var limit = Math.Min(Integer(query["limit"], 100, "limit"), MaxPage);
        if (limit < 1) throw new ApiException(StatusCodes.Status400BadRequest, "limit måste vara minst 1.");
        return gate.Use(store =>
        {
            var page = store.GetQueue(filter, sort, offset, limit);
            return Results.Json(new { total = page.Total, offset, items = page.Items });
        });
    }

    internal static QueueFilter Filter(FilterDto? dto)
    {
        if (dto is null) return QueueFilter.All;
        var codes = new List<string>();
        foreach (var (value, kind, label) in new[] { (dto.Code, CodeKind.Theme, "inget tema"), (dto.Dimension, CodeKind.Dimension, "ingen dimension") })
        {
            foreach (var code in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Codebook.Contains(code) || Codebook[code].Kind != kind)
                    throw new ApiException(StatusCodes.Status400BadRequest, $"”{code}” är {label} i kodboken.");
                codes.Add(code);
            }
        }
        var status = Blank(dto.Status);
        if (status is not (null or "pending" or "approved" or "rejected"))
            throw new ApiException(StatusCodes.Status400BadRequest, $"Okänd status ”{status}”: använd pending, approved eller rejected.");
        var min = Confidence(dto.Min, "min");
        var max = Confidence(dto.Max, "max");
        if (min > max) throw new ApiException(StatusCodes.Status400BadRequest, $"Lägsta säkerhet ({min}) är större än högsta ({max}).");
        return new QueueFilter(codes, Blank(dto.Region), Blank(dto.Document), Blank(dto.Coder), min, max, status, Blank(dto.Q));
    }

    private static QueueSort Sort(string? sort) => Blank(sort) switch
    {
        null or "priority" => QueueSort.Priority,
        "confidence" => QueueSort.LowestConfidence,
        "document" => QueueSort.DocumentOrder,
        "recent" => QueueSort.RecentlyDecided,
        var other => throw new ApiException(StatusCodes.Status400BadRequest, $"Okänd sortering ”{other}”: använd priority, confidence, document eller recent."),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double? Confidence(string? text, string name)
    {
        if (Blank(text) is not { } value) return null;
        if (!double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number is < 0 or > 1 || double.IsNaN(number))
            throw new ApiException(StatusCodes.Status400BadRequest, $"{name} måste vara ett tal mellan 0 och 1, inte ”{value}”.");
        return number;
    }

    private static int Integer(string? text, int fallback, string name)
    {
        if (Blank(text) is not { } value) return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            throw new ApiException(StatusCodes.Status400BadRequest, $"{name} måste vara ett heltal, inte ”{value}”.");
        return number;
    }
}
