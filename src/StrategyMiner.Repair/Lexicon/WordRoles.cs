namespace StrategyMiner.Repair.Lexicon;

/// <summary>What a lexicon form may be used as (hunspell's compounding flags, plus where it came from).</summary>
[Flags]
public enum WordRoles : ushort
{
    /// <summary>Nothing known.</summary>
    None = 0,
    /// <summary>A word that may stand alone.</summary>
    Word = 1,
    /// <summary>May open a compound (hunspell COMPOUNDBEGIN, e.g. "läns", "utvecklings").</summary>
    CompoundBegin = 2,
    /// <summary>May stand inside a compound (hunspell COMPOUNDMIDDLE).</summary>
    CompoundMiddle = 4,
    /// <summary>May close a compound (hunspell COMPOUNDEND, e.g. "styrelsen").</summary>
    CompoundEnd = 8,
    /// <summary>Came from the hunspell dictionary (the most trusted list).</summary>
    Hunspell = 16,
    /// <summary>Came from a secondary word list (wswedish, Tesseract's swe list).</summary>
    WordList = 32,
    /// <summary>Seen in clean Swedish text (the project's corpus or text learned at run time).</summary>
    Text = 64,
    /// <summary>Hunspell writes it in lower case (so it is no proper name).</summary>
    LowerCase = 128,
    /// <summary>
    /// Also in Tesseract's swe word list, which keeps only words frequent on the web: a hint that the
    /// word is common, where the project's text is too small to say.
    /// </summary>
    Common = 256,
}
