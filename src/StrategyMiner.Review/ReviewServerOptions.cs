namespace StrategyMiner.Review;

/// <summary>How <see cref="ReviewServer"/> starts.</summary>
public sealed record ReviewServerOptions
{
    /// <summary>The evidence store file; it must exist.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// The IP address to listen on (or <c>localhost</c>). Loopback by default; any other address
    /// makes the server require the random token it generates (<see cref="ReviewServer.Token"/>).
    /// </summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The reviewer name the page suggests until the reviewer types their own.</summary>
    public string? Reviewer { get; init; }

    /// <summary>Renders page images; <see cref="PdftoppmRenderer"/> when null.</summary>
    public IPageImageRenderer? PageRenderer { get; init; }
}
