using StrategyMiner.Codebook;
using StrategyMiner.Store;

namespace StrategyMiner.Coding;

/// <summary>Codes passages against the codebook (themes T1–T9, dimensions EKO/SOC/MIL).</summary>
public interface IPassageCoder
{
    /// <summary>How the coder works, as recorded with its codings: <c>local</c> or <c>llm</c>.</summary>
    string Method { get; }

    /// <summary>Identifies the exact model (and prompt) so a changed coder recodes everything.</summary>
    string ModelVersion { get; }

    /// <summary>
    /// One result per passage, in the order given; a passage may get no codes. A passage the
    /// coder could not code this time (an LLM that kept failing) is left out, so it stays pending.
    /// </summary>
    IReadOnlyList<CodingResult> Code(IReadOnlyList<StoredPassage> passages, CancellationToken cancellationToken = default);
}
