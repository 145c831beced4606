namespace StrategyMiner.Review;

// The queue filter as the page sends it (query string or JSON body).
internal sealed record FilterDto(
    string? Code = null, string? Dimension = null, string? Region = null, string? Document = null, string? Coder = null,
    string? Min = null, string? Max = null, string? Status = null, string? Q = null);
