using System.Collections.Concurrent;
using StrategyMiner.Store;
using StrategyMiner.Text;

namespace StrategyMiner.Review;

// Page images rendered on request and kept in memory (least recently used out first), so paging
// back and forth through a document does not render the same page twice.
internal sealed class PageImages(IPageImageRenderer renderer)
{
    private const int Capacity = 48;
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Document, int Page), LinkedListNode<(string Document, int Page, byte[] Png)>> _map = [];
    private readonly LinkedList<(string Document, int Page, byte[] Png)> _recent = new();
    private readonly SemaphoreSlim _renders = new(2);
    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, bool Same)> _checked = new(StringComparer.Ordinal);

    public async Task<byte[]> GetAsync(StoredDocument document, int page, CancellationToken cancellationToken)
    {
        if (page < 1 || page > document.PageCount)
            throw new PageImageUnavailableException($"Sidan {page} finns inte: dokumentet har {document.PageCount} sidor.");
        lock (_lock)
        {
            if (_map.TryGetValue((document.Id, page), out var hit))
            {
                _recent.Remove(hit);
                _recent.AddFirst(hit);
                return hit.Value.Png;
            }
        }
        if (!File.Exists(document.Path))
            throw new PageImageUnavailableException($"Sidbilden är inte tillgänglig: filen har flyttats ({document.Path} finns inte längre).");
        if (!IsSameFile(document))
            throw new PageImageUnavailableException($"Sidbilden är inte tillgänglig: filen har ändrats sedan den lästes in ({document.Path}).");

        await _renders.WaitAsync(cancellationToken).ConfigureAwait(false);
        byte[] png;
        try
        {
            png = await renderer.RenderAsync(document.Path, page, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _renders.Release();
        }
        lock (_lock)
        {
            if (!_map.ContainsKey((document.Id, page)))
            {
                _map[(document.Id, page)] = _recent.AddFirst((document.Id, page, png));
                while (_recent.Count > Capacity)
                {
                    var last = _recent.Last!;
                    _recent.RemoveLast();
                    _map.Remove((last.Value.Document, last.Value.Page));
                }
            }
        }
        return png;
    }

    // The document id is the file's content hash; a different file at the same path would put the
    // highlight on the wrong words. Hashing runs once per file version.
    private bool IsSameFile(StoredDocument document)
    {
        if (document.Id.Length != 16 || !document.Id.All(char.IsAsciiHexDigitLower)) return true;
        var info = new FileInfo(document.Path);
        if (_checked.TryGetValue(document.Id, out var seen) && seen.Length == info.Length && seen.Modified == info.LastWriteTimeUtc) return seen.Same;
        var same = string.Equals(TextNormalizer.HashFile(document.Path), document.Id, StringComparison.Ordinal);
        _checked[document.Id] = (info.Length, info.LastWriteTimeUtc, same);
        return same;
    }
}
