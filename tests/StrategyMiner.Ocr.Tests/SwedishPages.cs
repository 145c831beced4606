namespace StrategyMiner.Ocr.Tests;

/// <summary>The Swedish source text of the test documents, one list of paragraphs per page.</summary>
internal static class SwedishPages
{
    public static readonly string[] Strategy =
    [
        "# Regional utvecklingsstrategi för Dalarna",
        "Regionens utvecklingsstrategi ska stärka samverkan mellan kommuner, näringsliv och högskolor i hela länet.",
        "Målet är att öka sysselsättningen och att fler ska vilja bo, arbeta och driva företag – även på landsbygden.",
        "Strategin pekar ut fyra prioriterade områden: kompetensförsörjning, tillgänglighet, innovation och en hållbar omställning.",
    ];

    public static readonly string[] Skills =
    [
        "# Kompetensförsörjning",
        "Företagens behov av arbetskraft växer snabbare än utbudet. Regionen ska därför samordna utbildningar så att fler unga får jobb i länet.",
        "Högskolan och kommunernas vuxenutbildning spelar en nyckelroll för ”livslångt lärande” i hela regionen.",
    ];

    public static readonly string[] Access =
    [
        "# Tillgänglighet",
        "Goda kommunikationer är en förutsättning för en stark arbetsmarknad. Pendlingen mellan länets orter behöver öka, och bredbandet ska nå alla hushåll före år 2030.",
    ];

    /// <summary>A page's paragraphs as plain text, heading marks removed.</summary>
    public static string PlainText(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => p.StartsWith("# ", StringComparison.Ordinal) ? p[2..] : p));
}
