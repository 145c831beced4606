using StrategyMiner.Store;

namespace StrategyMiner.Coding;

/// <summary>
/// Codes the passages a coder version has not coded yet, in batches of one transaction each,
/// so a killed run loses at most the batch in flight and the next run resumes where it stopped.
/// </summary>
public sealed class PassageClassifier
{
    /// <summary>Passages per batch (and per store transaction) by default.</summary>
    public const int DefaultBatchSize = 256;

    private readonly int _batchSize;

    /// <summary>A classifier that saves every <paramref name="batchSize"/> passages.</summary>
    public PassageClassifier(int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    /// <summary>
    /// Codes every passage of the store that <paramref name="coder"/> (its method and model
    /// version) has not coded, saving each batch as it completes.
    /// </summary>
    /// <returns>Passages coded in this run (passages a coder had to leave out stay pending).</returns>
    public int ClassifyPending(EvidenceStore store, IPassageCoder coder, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var done = 0;
        foreach (var batch in store.BatchesToCode(coder.Method, coder.ModelVersion, _batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = coder.Code(batch, cancellationToken);
            store.SaveCodings(coder.Method, coder.ModelVersion, results);
            done += results.Count;
            progress?.Report(done);
        }
        return done;
    }

    /// <summary>
    /// Compares two coders on the passages both have coded (at their current versions), flags
    /// the codes they disagree on so review shows those passages first, and clears the flag
    /// where they now agree.
    /// </summary>
    public static CoderAgreement CompareCoders(EvidenceStore store, IPassageCoder first, IPassageCoder second)
    {
        var all = store.GetPassages();
        var notFirst = store.GetPassagesToCode(first.Method, first.ModelVersion).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var notSecond = store.GetPassagesToCode(second.Method, second.ModelVersion).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var pairs = new List<(IReadOnlySet<string> A, IReadOnlySet<string> B)>();
        var disputes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var passage in all)
        {
            if (notFirst.Contains(passage.Id) || notSecond.Contains(passage.Id)) continue;
            var codings = store.GetCodings(passage.Id);
            var a = codings.Where(c => c.Method == first.Method && c.ModelVersion == first.ModelVersion).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var b = codings.Where(c => c.Method == second.Method && c.ModelVersion == second.ModelVersion).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            pairs.Add((a, b));
            disputes[passage.Id] = LocalCodes.All.Where(code => a.Contains(code) != b.Contains(code)).ToList();
        }
        store.SaveDisagreements(disputes);
        return CoderAgreement.From(pairs);
    }
}
