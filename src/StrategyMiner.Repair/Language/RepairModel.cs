using StrategyMiner.Repair.Lexicon;

namespace StrategyMiner.Repair.Language;

/// <summary>
/// What every <see cref="SwedishRepairer"/> shares and nothing changes after building: the lexicon,
/// the base language model counts from the project's Swedish text, and an index from skeleton to the
/// text's words with diacritics (words the lexicon may lack, such as compounds and names).
/// </summary>
internal sealed class RepairModel
{
    public RepairModel(SwedishLexicon lexicon, KneserNeyModel.Frozen language, int paragraphs)
    {
        Lexicon = lexicon;
        Language = language;
        Paragraphs = paragraphs;
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in language.Words)
        {
            if (!Skeleton.HasDiacritic(word)) continue;
            var skeleton = Skeleton.Of(word);
            if (!index.TryGetValue(skeleton, out var list)) index[skeleton] = list = [];
            list.Add(word);
        }
        TextFormsBySkeleton = index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public SwedishLexicon Lexicon { get; }
    public KneserNeyModel.Frozen Language { get; }
    public Dictionary<string, string[]> TextFormsBySkeleton { get; }
    public int Paragraphs { get; }

    /// <summary>Builds the model from a lexicon and clean paragraphs.</summary>
    public static RepairModel Build(SwedishLexicon lexicon, IEnumerable<string> paragraphs)
    {
        var lm = new KneserNeyModel(KneserNeyModel.Frozen.Empty);
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            lm.Learn(Sentences.Of(paragraph));
            count++;
        }
        return new RepairModel(lexicon, lm.Freeze(), count);
    }
}
