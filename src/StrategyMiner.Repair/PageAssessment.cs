namespace StrategyMiner.Repair;

/// <summary>
/// What the repair stage concluded about one page before repairing it.
/// </summary>
/// <param name="Words">Word tokens of two letters or more.</param>
/// <param name="WithDiacritics">Words that carry å, ä or ö: evidence the OCR kept diacritics.</param>
/// <param name="Stripped">
/// Words that look stripped: unknown as written but known with diacritics ("forutsattningar"), or known
/// but far rarer in Swedish text than their diacritic twin ("for" next to "för", "pa" next to "på").
/// </param>
/// <param name="Debris">Words with OCR debris inside ("6ka", "stédet", "&amp;r", "|osningar").</param>
/// <param name="Unknown">Words neither the lexicon nor the language model knows.</param>
/// <param name="StripRate">
/// The channel probability of reading "a" where the page had "ä": 0.02 + 0.96 × P(the OCR lost all
/// diacritics | the counts above), from a two-hypothesis Bayes factor (see <see cref="SwedishRepairer.Assess"/>).
/// </param>
/// <param name="NeedsRepair">Whether the page should go through repair.</param>
public sealed record PageAssessment(int Words, int WithDiacritics, int Stripped, int Debris, int Unknown, double StripRate, bool NeedsRepair);
