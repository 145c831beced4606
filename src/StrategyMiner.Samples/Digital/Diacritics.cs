using System.Text;

namespace StrategyMiner.Samples.Digital;

/// <summary>Simulates a text layer that lost its diacritics (å, ä → a; ö → o; é → e).</summary>
internal static class Diacritics
{
    public static string Strip(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                'å' or 'ä' or 'à' or 'á' => 'a',
                'Å' or 'Ä' or 'À' or 'Á' => 'A',
                'ö' or 'ø' or 'ó' => 'o',
                'Ö' or 'Ø' or 'Ó' => 'O',
                'é' or 'è' or 'ê' => 'e',
                'É' or 'È' => 'E',
                'ü' => 'u',
                'Ü' => 'U',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
