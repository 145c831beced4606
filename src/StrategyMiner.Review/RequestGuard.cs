using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace StrategyMiner.Review;

// Every request passes here: security headers; on loopback, a Host check against DNS rebinding;
// off loopback, the access token (from ?token= once, then a cookie, or a header); and for
// every state-changing request the per-server CSRF secret in a custom header, a same-origin
// Origin / Sec-Fetch-Site, and a JSON body (so a cross-site form post never gets through).
internal sealed class RequestGuard(string? token, string csrfSecret, bool loopback)
{
    public const string TokenCookie = "sm_token";
    public const string TokenHeader = "X-StrategyMiner-Token";
    public const string CsrfHeader = "X-StrategyMiner-CSRF";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";

        if (loopback && !IsLoopbackHost(request.Host))
        {
            await Deny(context, StatusCodes.Status403Forbidden, "Okänd värd i begäran: granskningen svarar bara på 127.0.0.1 och localhost.");
            return;
        }

        if (token is not null)
        {
            if (request.Query.TryGetValue("token", out var fromQuery) && Matches(fromQuery.ToString(), token))
            {
                context.Response.Cookies.Append(TokenCookie, token, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Path = "/",
                    IsEssential = true,
                });
                if (HttpMethods.IsGet(request.Method))
                {
                    // Drop the token from the address bar (and from history and screenshots).
                    context.Response.Redirect(request.PathBase + request.Path);
                    return;
                }
            }
            else if (!Matches(request.Cookies[TokenCookie], token) && !Matches(request.Headers[TokenHeader].ToString(), token))
            {
                await Deny(context, StatusCodes.Status401Unauthorized,
                    "Åtkomstnyckel saknas eller är fel: öppna adressen med ?token= som strategyminer review skrev ut.");
                return;
            }
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            if (site.Length > 0 && site is not ("same-origin" or "none"))
            {
                await Deny(context, StatusCodes.Status403Forbidden, $"Begäran kom från en annan webbplats ({site}) och avvisades.");
                return;
            }
            var origin = request.Headers.Origin.ToString();
            if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
            {
                await Deny(context, StatusCodes.Status403Forbidden, "Begäran kom från en annan webbplats (Origin) och avvisades.");
                return;
            }
            if (!Matches(request.Headers[CsrfHeader].ToString(), csrfSecret))
            {
                await Deny(context, StatusCodes.Status403Forbidden, "Skyddsnyckel (X-StrategyMiner-CSRF) saknas eller är fel: ladda om sidan.");
                return;
            }
            if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                await Deny(context, StatusCodes.Status415UnsupportedMediaType, "Bara JSON tas emot.");
                return;
            }
        }

        await next(context);
    }

    private static bool IsLoopbackHost(HostString host)
    {
        var name = host.Host;
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static Task Deny(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }
}
