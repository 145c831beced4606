namespace StrategyMiner.Samples.Digital;

/// <summary>One piece of a source word placed on a line.</summary>
/// <param name="Text">What is drawn, including a hyphen the breaker added.</param>
/// <param name="Width">Its width in points.</param>
/// <param name="Word">Index of the source word it belongs to.</param>
/// <param name="AddedHyphen">True when the breaker appended a hyphen that is not part of the word.</param>
internal readonly record struct Fragment(string Text, double Width, int Word, bool AddedHyphen);
