namespace StrategyMiner.Repair.Text;

/// <summary>One token of page text with its place in the original.</summary>
/// <param name="Start">Offset in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="Kind">What it is.</param>
/// <param name="SentenceStart">Whether a sentence (or bullet, heading, line after a blank line) starts here.</param>
/// <param name="JoinableWithPrevious">Whether only spaces on the same line separate it from the previous token.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool SentenceStart, bool JoinableWithPrevious)
{
    public int End => Start + Length;
}
