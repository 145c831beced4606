using StrategyMiner.Documents;

namespace StrategyMiner.Passages;

/// <summary>Cuts a document's pages into the passages that get coded.</summary>
public interface IPassageBuilder
{
    /// <summary>The document's passages in reading order, with stable ids.</summary>
    IReadOnlyList<Passage> GetPassages(DocumentInfo document, IReadOnlyList<PageText> pages);
}
