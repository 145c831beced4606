namespace StrategyMiner.Samples.Digital;

/// <summary>A paragraph as the builder laid it out: what a perfect extraction should return.</summary>
/// <param name="Text">The text as it appears on the page(s): break marks removed, soft hyphens joined,
/// diacritics stripped on pages built with <c>stripDiacritics</c>.</param>
/// <param name="Pages">The 1-based pages its lines landed on, ascending.</param>
/// <param name="Heading">The heading path above it, levels joined with " › " (empty before the first heading).</param>
/// <param name="Parts">How many column pieces it was laid out in: 1 when it fits one column, 2 when it
/// runs on into the next column or onto the next page.</param>
public sealed record ExpectedParagraph(string Text, IReadOnlyList<int> Pages, string Heading, int Parts = 1);
