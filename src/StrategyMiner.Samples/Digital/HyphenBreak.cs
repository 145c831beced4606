namespace StrategyMiner.Samples.Digital;

/// <summary>A word the builder split across two lines.</summary>
/// <param name="Page">The page of the line that ends with <paramref name="Head"/>.</param>
/// <param name="Head">What ends the first line, hyphen included ("utveck-", "EU-").</param>
/// <param name="Tail">What starts the next line ("lingsarbetet", "medel").</param>
/// <param name="Word">The word as a perfect extraction returns it ("utvecklingsarbetet", "EU-medel").</param>
public sealed record HyphenBreak(int Page, string Head, string Tail, string Word);
