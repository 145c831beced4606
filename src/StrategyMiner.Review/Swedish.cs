using System.Globalization;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

// Swedish wording of states and times for messages the page shows as they are.
internal static class Swedish
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    public static string Status(string status) => status switch
    {
        "approved" => "godkänd",
        "rejected" => "avvisad",
        _ => "väntande",
    };

    public static string State(ReviewState state) =>
        state.Codes.Count > 0 ? $"{Status(state.Status)} ({string.Join(" ", state.Codes)})" : Status(state.Status);

    public static string When(string? isoUtc) =>
        DateTimeOffset.TryParse(isoUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : "nyss";

    public static string Conflict(ReviewState current) =>
        $"{current.Reviewer ?? "Någon"} hann före: passagen är nu {State(current)}, beslutat {When(current.DecidedAt)}. " +
        "Ditt beslut sparades inte – här är det aktuella läget; besluta igen om du vill ändra det.";
}
