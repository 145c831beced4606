using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Coding.Tests;

/// <summary>A coder that gives every passage the same codes and counts its calls; can be told to fail on a given call or leave passages out.</summary>
internal sealed class FixedCoder(string method, string version, params string[] codes) : IPassageCoder
{
    public string Method => method;
    public string ModelVersion => version;
    public int Calls { get; private set; }
    public int FailOnCall { get; init; } = -1;

    /// <summary>Passages whose text contains this are left out of the results, as an LLM coder does when every retry fails.</summary>
    public string? LeaveOut { get; init; }

    public IReadOnlyList<CodingResult> Code(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Calls == FailOnCall) throw new IOException("simulated crash in the middle of a run");
        return passages.Where(p => LeaveOut is null || !p.Text.Contains(LeaveOut, StringComparison.Ordinal)).Select(p => new CodingResult(p.Id, codes.Select(c => new CodeSuggestion(c, 0.9)).ToList())).ToList();
    }
}
