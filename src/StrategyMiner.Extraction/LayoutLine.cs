using StrategyMiner.Documents;

namespace StrategyMiner.Extraction;

/// <summary>One text line as layout analysis found it; all that is kept of a page's words.</summary>
/// <param name="Text">Its words joined by single spaces.</param>
/// <param name="Box">Its bounding box.</param>
/// <param name="FontSize">The size most of its letters have, in points.</param>
/// <param name="Bold">Whether most of its letters are set in a bold face.</param>
/// <param name="Baseline">The median baseline height of its letters (steadier than the box, which
/// moves with descenders and the ring of an Å).</param>
internal sealed record LayoutLine(string Text, BoundingBox Box, double FontSize, bool Bold, double Baseline)
{
    /// <summary>Vertical centre, used to match running headers across pages.</summary>
    public double MiddleY => (Box.Bottom + Box.Top) / 2;
}
