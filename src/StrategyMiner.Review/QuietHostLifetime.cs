using Microsoft.Extensions.Hosting;

namespace StrategyMiner.Review;

// The caller (CLI or test) decides when the server stops; the default console lifetime would grab Ctrl+C itself.
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
