namespace StrategyMiner.Review;

// A request the API refuses, with the HTTP status and a Swedish message for the reviewer.
internal sealed class ApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
