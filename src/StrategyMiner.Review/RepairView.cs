namespace StrategyMiner.Review;

// The original and repaired text of (the passage's part of) a page, aligned change by change.
// Located: False when the passage could not be found on the page; the segments then cover the whole page.
// Changes: Changes within the segments.
// Skipped: Stored changes that do not fit the original text (overlapping or out of place), left out.
internal sealed record RepairView(IReadOnlyList<RepairSegment> Segments, bool Located, int Changes, int Skipped);
