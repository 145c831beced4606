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
        var both = store.GetCodeSetsOfBoth(first.Method, first.ModelVersion, second.Method, second.ModelVersion);
        var disputes = both.ToDictionary(
            p => p.PassageId,
            p => (IReadOnlyList<string>)LocalCodes.All.Where(code => p.First.Contains(code) != p.Second.Contains(code)).ToList(),
            StringComparer.Ordinal);
        store.SaveDisagreements(disputes);
        return CoderAgreement.From(both.Select(p => (p.First, p.Second)).ToList());
    }
}
