namespace StrategyMiner.Repair.Decoding;

/// <summary>
/// One reading of one token (or of two tokens joined): the word(s) it emits to the language model,
/// the text it writes, and the channel cost (ln probability that OCR turned this reading into what the
/// page shows).
/// </summary>
internal sealed class Candidate
{
    public required string Text { get; init; }
    public required string[] Words { get; init; }
    public required int[] Ids { get; init; }
    public required double[] Priors { get; init; }
    public required double Channel { get; init; }
    public int Span { get; init; } = 1;
    public bool IsOriginal { get; init; }
}
