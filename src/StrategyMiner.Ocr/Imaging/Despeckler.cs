namespace StrategyMiner.Ocr.Imaging;

/// <summary>
/// Removes dust: connected specks of ink (8-connectivity) too small to be print. At 300 dpi the dot
/// of an "i" or "ä" in 8-point type covers about 12 pixels and a full stop more, so specks up to
/// a third of that are taken out; the limit scales with the square of the resolution.
/// </summary>
internal static class Despeckler
{
    /// <summary>A copy of the image with the specks painted in the paper tone; how many were removed.</summary>
    public static (GreyImage Image, int Removed) Clean(GreyImage image, int dpi)
    {
        var maxArea = Math.Max(1, (int)Math.Round(4.0 * dpi * dpi / (300.0 * 300.0)));
        var threshold = image.InkThreshold();
        var paper = image.PaperTone();
        var src = image.Pixels;
        var dst = (byte[])src.Clone();
        int width = image.Width, height = image.Height;
        // 0 not looked at, 1 in the search under way, 2 part of print, 3 dust.
        var state = new byte[src.Length];
        var component = new List<int>(maxArea + 1);
        var stack = new Stack<int>();
        var removed = 0;

        for (var start = 0; start < src.Length; start++)
        {
            if (state[start] != 0 || src[start] >= threshold) continue;
            component.Clear();
            stack.Clear();
            stack.Push(start);
            state[start] = 1;
            var tooBig = false;
            while (stack.Count > 0 && !tooBig)
            {
                var at = stack.Pop();
                component.Add(at);
                tooBig = component.Count > maxArea;
                int x = at % width, y = at / width;
                for (var dy = -1; dy <= 1 && !tooBig; dy++)
                {
                    var ny = y + dy;
                    if ((uint)ny >= (uint)height) continue;
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var nx = x + dx;
                        if ((uint)nx >= (uint)width) continue;
                        var next = ny * width + nx;
                        if (src[next] >= threshold) continue;
                        if (state[next] == 2)
                        {
                            // Touches print already found: part of it.
                            tooBig = true;
                            break;
                        }
                        if (state[next] != 0) continue;
                        state[next] = 1;
                        stack.Push(next);
                    }
                }
            }
            if (tooBig)
            {
                foreach (var at in component) state[at] = 2;
                foreach (var at in stack) state[at] = 2;
                continue;
            }
            foreach (var at in component) state[at] = 3;
            foreach (var at in component)
            {
                // Clear the speck and the blurred rim around it.
                int x = at % width, y = at / width;
                for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                    for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                        dst[ny * width + nx] = Math.Max(dst[ny * width + nx], paper);
            }
            removed++;
        }
        return (new GreyImage(width, height, dst), removed);
    }
}
