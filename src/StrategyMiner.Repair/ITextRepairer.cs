namespace StrategyMiner.Repair;

/// <summary>Repairs page text that an OCR engine damaged; the original is always kept.</summary>
public interface ITextRepairer
{
    /// <summary>The repaired text, with every change recorded against the original.</summary>
    RepairResult Repair(string text);
}
