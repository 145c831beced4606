using System.Net;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StrategyMiner.Store;

namespace StrategyMiner.Review;

/// <summary>
/// The local review web app: one static page (plain JS/CSS, embedded) and a JSON API over the
/// evidence store, on ASP.NET Core Kestrel. Loopback only unless a host is given, in which case
/// every request must carry <see cref="Token"/>.
/// </summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StoreGate _gate;

    private ReviewServer(WebApplication app, StoreGate gate, Uri url, string? token)
    {
        _app = app;
        _gate = gate;
        Url = url;
        Token = token;
    }

    /// <summary>The page's address (without the token).</summary>
    public Uri Url { get; }

    /// <summary>
    /// The access token (128 random bits, hex) that every request must carry when the server listens
    /// beyond loopback: once as <c>?token=</c> (which sets a cookie) or as header <c>X-StrategyMiner-Token</c>.
    /// Null on loopback.
    /// </summary>
    public string? Token { get; }

    /// <summary>Opens the store and starts listening.</summary>
    /// <exception cref="FileNotFoundException">The store file does not exist.</exception>
    /// <exception cref="ArgumentException">The host is not an IP address or <c>localhost</c>, or the port is out of range.</exception>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    /// <exception cref="IOException">The address is in use.</exception>
    public static async Task<ReviewServer> StartAsync(ReviewServerOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.DatabasePath)) throw new FileNotFoundException($"no evidence store at {options.DatabasePath}", options.DatabasePath);
        if (options.Port is < 0 or > 65535) throw new ArgumentException($"port {options.Port} is out of range 0–65535", nameof(options));
        var address = ParseHost(options.Host);
        var loopback = IPAddress.IsLoopback(address);
        var token = loopback ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var csrf = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

        var gate = new StoreGate(EvidenceStore.Open(options.DatabasePath));
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(ReviewServer).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = Environments.Production,
            });
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
            builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.AddServerHeader = false;
                k.Limits.MaxRequestBodySize = 2 * 1024 * 1024;
                k.Listen(address, options.Port);
            });
            var app = builder.Build();
            var guard = new RequestGuard(token, csrf, loopback);
            app.Use(guard.InvokeAsync);
            new ReviewApp(gate, new PageImages(options.PageRenderer ?? new PdftoppmRenderer()), new StaticAssets(csrf), options.Reviewer).Map(app);
            await app.StartAsync(ct).ConfigureAwait(false);

            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var host = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? Dns.GetHostName() : bound.Host;
            return new ReviewServer(app, gate, new UriBuilder("http", host, bound.Port, "/").Uri, token);
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    private static IPAddress ParseHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.Loopback;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address)) return address;
        throw new ArgumentException($"host '{host}' is not an IP address (or localhost)", nameof(host));
    }

    /// <summary>Stops listening and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _gate.Dispose();
        }
    }
}
