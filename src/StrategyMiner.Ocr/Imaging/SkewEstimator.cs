namespace StrategyMiner.Ocr.Imaging;

/// <summary>
/// Estimates the skew of a scanned page by the projection-profile method (Postl 1986; Baird 1987):
/// project the ink onto the vertical axis along lines at a trial angle and keep the angle whose
/// profile is most peaked (largest sum of squared bin counts), which is when the projection runs
/// along the text lines. Coarse search over ±5°, then a fine one around the best.
/// </summary>
internal static class SkewEstimator
{
    private const int Step = 2;              // sample every second pixel: enough for lines of 10 px and up
    private const double MaxDegrees = 5;
    private const int MaxInkSamples = 200_000;

    /// <summary>
    /// The angle in degrees by which the text lines are turned counter-clockwise, or 0 when the page
    /// shows no line structure (too little ink, or lines running up and down).
    /// </summary>
    public static double Estimate(GreyImage image)
    {
        var points = InkPoints(image);
        if (points.Count < 500) return 0;
        var bins = image.Height / Step + image.Width / Step + 2;
        var counts = new int[bins];

        double Score(double degrees)
        {
            var tan = Math.Tan(degrees * Math.PI / 180);
            Array.Clear(counts);
            var offset = image.Width / Step;
            foreach (var (x, y) in points)
            {
                // Skewed counter-clockwise, a line climbs to the right: y + x·tan is constant along it.
                var bin = (int)Math.Round(y + x * tan) + offset / 2;
                if ((uint)bin < (uint)bins) counts[bin]++;
            }
            double sum = 0;
            foreach (var c in counts) sum += (double)c * c;
            return sum;
        }

        var best = 0.0;
        var bestScore = Score(0);
        var level = bestScore;
        for (var d = -MaxDegrees; d <= MaxDegrees + 1e-9; d += 0.25)
        {
            var score = Score(d);
            if (score > bestScore) (best, bestScore) = (d, score);
        }
        var coarse = best;
        for (var d = coarse - 0.25; d <= coarse + 0.25 + 1e-9; d += 0.02)
        {
            var score = Score(d);
            if (score > bestScore) (best, bestScore) = (d, score);
        }
        // A page without horizontal lines of text (a picture, or text running up the page) gains
        // little from any angle; turning it would only blur it.
        return bestScore > level * 1.05 ? Math.Round(best, 2) : 0;
    }

    private static List<(int X, int Y)> InkPoints(GreyImage image)
    {
        var threshold = image.InkThreshold();
        var points = new List<(int, int)>();
        var px = image.Pixels;
        for (var y = 0; y < image.Height; y += Step)
        {
            var row = y * image.Width;
            for (var x = 0; x < image.Width; x += Step)
                if (px[row + x] < threshold) points.Add((x / Step, y / Step));
        }
        if (points.Count <= MaxInkSamples) return points;
        // Keep an even spread of the ink so a dense page costs no more than a light one.
        var keep = new List<(int, int)>(MaxInkSamples);
        var stride = (double)points.Count / MaxInkSamples;
        for (double i = 0; i < points.Count; i += stride) keep.Add(points[(int)i]);
        return keep;
    }
}
