namespace StrategyMiner.Documents;

/// <summary>A rectangle in PDF user space (points, origin bottom-left of the page).</summary>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top)
{
    /// <summary>Width in points.</summary>
    public double Width => Right - Left;

    /// <summary>Height in points.</summary>
    public double Height => Top - Bottom;

    /// <summary>The smallest box holding both.</summary>
    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom),
        Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}

/// <summary>A box on a given page of a document.</summary>
public sealed record PageBox(int Page, BoundingBox Box);

/// <summary>A word as OCR read it, with its box and confidence (0..1).</summary>
public sealed record WordBox(string Text, BoundingBox Box, double Confidence);
