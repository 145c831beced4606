namespace StrategyMiner.Repair.Decoding;

/// <summary>
/// One way an OCR engine without a Swedish model misreads Swedish: it writes <see cref="Observed"/>
/// where the page had <see cref="Intended"/>. <see cref="Cost"/> is ln P(observed | intended) relative
/// to reading the letters as they stand. Debris rules (digits or symbols inside words) are tried on
/// every token; letter-for-letter rules only on tokens no lexicon knows, because "d" for "ä" is rare
/// next to a real "d". <see cref="FromCapital"/> rules apply only where the page shows a capital
/// ("Iopande" for löpande, "gAatt" for gått), which lower-casing would otherwise hide.
/// </summary>
internal sealed record OcrConfusion(string Observed, string Intended, double Cost, bool OnlyForUnknown, bool FromCapital = false)
{
    /// <summary>
    /// The confusion table. Stripped diacritics (a for å/ä, o for ö, e for é) are not listed: they are
    /// the page-level channel (<see cref="PageRepair"/>), priced by how stripped the page looks.
    /// The kinds and rough rates come from running Tesseract's English model on renderings of the project's
/// own Swedish text and aligning the output with it (corpus/language/README.md): ä→a, ö→é, å→a, ö→o
/// dominate; ä→é, ä→"ai" (sans-serif fonts), ö→d, å→&amp;, ä→i, ä→d, å→é, ä→"éi", ö→6, "rn"→m,
/// "ll"→l, "och"→"ach", "I"→"|" and dropped letters follow.
    /// </summary>
    public static IReadOnlyList<OcrConfusion> Table { get; } =
    [
        new("6", "ö", Math.Log(0.8), false),
        new("0", "ö", Math.Log(0.1), false),
        new("0", "o", Math.Log(0.2), false),
        new("é", "ö", Math.Log(0.5), false),
        new("é", "ä", Math.Log(0.3), false),
        new("é", "å", Math.Log(0.1), false),
        new("é", "e", Math.Log(0.2), false),
        new("éi", "ä", Math.Log(0.3), false),
        new("è", "ö", Math.Log(0.3), false),
        new("è", "ä", Math.Log(0.3), false),
        new("è", "e", Math.Log(0.2), false),
        new("ó", "ö", Math.Log(0.5), false),
        new("&", "ä", Math.Log(0.4), false),
        new("&", "å", Math.Log(0.4), false),
        new("@", "å", Math.Log(0.4), false),
        new("@", "ä", Math.Log(0.2), false),
        new("€", "ä", Math.Log(0.3), false),
        new("€", "å", Math.Log(0.3), false),
        new("4", "å", Math.Log(0.2), false),
        new("4", "ä", Math.Log(0.1), false),
        new("8", "å", Math.Log(0.2), false),
        new("|", "l", Math.Log(0.5), false),
        new("|", "i", Math.Log(0.3), false),
        new("1", "l", Math.Log(0.3), false),
        new("1", "i", Math.Log(0.1), false),
        new("d", "ä", Math.Log(0.03), true),
        new("d", "ö", Math.Log(0.03), true),
        new("d", "å", Math.Log(0.02), true),
        new("i", "ä", Math.Log(0.02), true),
        new("ii", "ä", Math.Log(0.05), true),
        new("ai", "ä", Math.Log(0.1), true),
        new("ai", "å", Math.Log(0.05), true),
        new("a", "o", Math.Log(0.01), true),
        new("l", "ll", Math.Log(0.03), true),
        new("a", "ö", Math.Log(0.01), true),
        new("i", "l", Math.Log(0.2), true, true),
        new("aa", "å", Math.Log(0.3), true, true),
        new("rn", "m", Math.Log(0.05), true),
        new("m", "rn", Math.Log(0.05), true),
        new("ii", "ü", Math.Log(0.01), true),
        new("cl", "d", Math.Log(0.02), true),
        new("vv", "w", Math.Log(0.02), true),
    ];

    /// <summary>Letters OCR drops now and then, with ln P(dropped): å/ä/ö, and thin letters ("tll" for "till").</summary>
    public static IReadOnlyList<(char Letter, double Cost)> DroppedLetters { get; } =
        [('å', Math.Log(0.02)), ('ä', Math.Log(0.02)), ('ö', Math.Log(0.02)), ('i', Math.Log(0.005)), ('l', Math.Log(0.005)), ('t', Math.Log(0.005))];
}
