using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using StrategyMiner.Review;
using StrategyMiner.Store;

namespace StrategyMiner.Cli.Commands;

/// <summary><c>strategyminer review</c>: the web page where reviewers accept, reject or re-code AI-coded passages.</summary>
public sealed class ReviewCommand : ICommandDefinition
{
    /// <inheritdoc />
    public Command Build()
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port")
        {
            Description = "The TCP port (0 picks a free one).",
            DefaultValueFactory = _ => 5080,
        };
        var host = new Option<string>("--host")
        {
            Description = "The IP address to listen on. Anything but loopback requires the access token this command prints.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var reviewer = new Option<string?>("--reviewer")
        {
            Description = "The reviewer name the page suggests (each reviewer can type their own).",
        };
        var command = new Command("review", "Start the review web page: accept, reject or re-code AI-coded passages. Ctrl+C stops it.")
        {
            db, port, host, reviewer,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CommonOptions.ResolveDb(parse.GetValue(db));
            if (!File.Exists(path)) throw new UserErrorException($"no store at {path}; run `strategyminer run <files>` first or name one with --db");
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535) throw new UserErrorException($"--port {portNumber} is out of range 0–65535");
            var hostName = parse.GetValue(host) ?? "127.0.0.1";
            if (!string.Equals(hostName, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(hostName.Trim('[', ']'), out _))
                throw new UserErrorException($"--host '{hostName}' is not an IP address (use 127.0.0.1, 0.0.0.0 or this machine's address)");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.CancelKeyPress += onCancel;
            // A service manager stops with SIGTERM: close the store cleanly then too.
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
            try
            {
                ReviewServer server;
                try
                {
                    server = await ReviewServer.StartAsync(new ReviewServerOptions
                    {
                        DatabasePath = path,
                        Host = hostName,
                        Port = portNumber,
                        Reviewer = string.IsNullOrWhiteSpace(parse.GetValue(reviewer)) ? null : parse.GetValue(reviewer)!.Trim(),
                    }, stop.Token);
                }
                catch (StoreException ex)
                {
                    throw new UserErrorException(ex.Message);
                }
                catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UserErrorException($"cannot listen on {hostName}:{portNumber}: the port is in use or not available; choose another with --port");
                }

                await using (server)
                {
                    var address = server.Token is null ? server.Url.ToString() : $"{server.Url}?token={server.Token}";
                    Console.WriteLine($"Granskningen körs: {address}");
                    Console.WriteLine($"Databas: {path}");
                    if (server.Token is not null)
                        Console.WriteLine("Adressen innehåller en åtkomstnyckel: dela den bara med granskarna.");
                    Console.WriteLine("Stoppa med Ctrl+C.");
                    try
                    {
                        await Task.Delay(Timeout.Infinite, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                Console.WriteLine("Granskningen är stoppad; alla beslut är sparade.");
                return ExitCodes.Ok;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }
}
