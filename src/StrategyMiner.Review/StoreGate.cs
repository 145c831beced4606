using StrategyMiner.Store;

namespace StrategyMiner.Review;

// EvidenceStore holds one connection and is not thread-safe; requests arrive on many threads.
// One lock also makes "check, then decide" sequences atomic within the server.
internal sealed class StoreGate(EvidenceStore store) : IDisposable
{
    private readonly Lock _lock = new();

    public T Use<T>(Func<EvidenceStore, T> work)
    {
        lock (_lock) return work(store);
    }

    public void Dispose()
    {
        lock (_lock) store.Dispose();
    }
}
