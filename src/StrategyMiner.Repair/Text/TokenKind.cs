namespace StrategyMiner.Repair.Text;

/// <summary>What a token of page text is, for the repair stage.</summary>
internal enum TokenKind
{
    /// <summary>Letters (possibly with OCR debris such as "6", "&amp;", "|" inside): a repair candidate.</summary>
    Word,
    /// <summary>Digits only: stands in the language model as a number.</summary>
    Number,
    /// <summary>Part of a URL, an e-mail address, an abbreviation or "EU:s"-style suffix: never changed.</summary>
    Protected,
    /// <summary>A lone "|" between two words, which OCR makes of the word "i".</summary>
    Bar,
}
