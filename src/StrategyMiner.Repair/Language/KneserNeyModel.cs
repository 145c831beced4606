namespace StrategyMiner.Repair.Language;

/// <summary>
/// A word trigram language model with interpolated Kneser–Ney smoothing (Kneser &amp; Ney 1995, in the
/// interpolated form of Chen &amp; Goodman 1998, "An empirical study of smoothing techniques for language
/// modeling", §3.5): absolute discounting at the trigram and bigram orders, continuation counts
/// (how many distinct words precede w) at the unigram order, interpolated with a prior for words the
/// text never showed (from the lexicon). Counts come in two layers: a frozen base shared by every
/// instance (the project's Swedish text) and a per-instance layer that <see cref="Learn"/> grows at run
/// time; type counts are kept for the union of both. Reads are lock-free against the base and take a
/// read lock for the learned layer, so one instance serves many threads.
/// </summary>
internal sealed class KneserNeyModel
{
    public const int Start = 0, End = 1, Number = 2, Unknown = 3;
    private const double Discount = 0.75;

    /// <summary>Share of unigram mass for words the counts have not seen (weighted by their prior).</summary>
    private const double NovelMass = 0.08;

    private readonly Frozen _base;
    private readonly Dictionary<string, int> _newVocabulary = new(StringComparer.Ordinal);
    private readonly List<string> _newWords = [];
    private readonly NGramCounts _learned = new();
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);

    /// <summary>The counts of a model, frozen so that instances can share them.</summary>
    internal sealed class Frozen
    {
        public static Frozen Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["<s>"] = Start, ["</s>"] = End, ["<num>"] = Number, ["<unk>"] = Unknown,
        }, ["<s>", "</s>", "<num>", "<unk>"], new NGramCounts());

        public Frozen(Dictionary<string, int> vocabulary, IReadOnlyList<string> words, NGramCounts counts)
        {
            Vocabulary = vocabulary;
            VocabularyBySpan = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
            Words = words;
            Counts = counts;
        }

        public Dictionary<string, int> Vocabulary { get; }
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> VocabularyBySpan { get; }
        public IReadOnlyList<string> Words { get; }
        public NGramCounts Counts { get; }
    }

    public KneserNeyModel(Frozen frozen) => _base = frozen;

    /// <summary>Words the base counts hold (for building indexes once).</summary>
    public IReadOnlyList<string> BaseWords => _base.Words;

    /// <summary>Freezes base plus learned counts into a new shareable base (used once, to build the default model).</summary>
    public Frozen Freeze()
    {
        if (_base.Words.Count > 4) throw new InvalidOperationException("Only a model built on the empty base can be frozen.");
        var vocabulary = new Dictionary<string, int>(_base.Vocabulary, StringComparer.Ordinal);
        var words = _base.Words.ToList();
        foreach (var w in _newWords) { vocabulary[w] = words.Count; words.Add(w); }
        return new Frozen(vocabulary, words, _learned);
    }

    /// <summary>Takes the read lock for a run of <see cref="LogProb"/> calls.</summary>
    public ReadScope Read() => new(_lock);

    /// <summary>The id of a lower-cased word, or -1 when no text has shown it.</summary>
    public int Id(ReadOnlySpan<char> word)
    {
        if (_base.VocabularyBySpan.TryGetValue(word, out var id)) return id;
        if (_newWords.Count == 0) return -1;
        _lock.EnterReadLock();
        try { return _newVocabulary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out id) ? id : -1; }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>How often the text showed the word.</summary>
    public int Count(int id) => id < 0 ? 0 : _base.Counts.WordCount(id) + _learned.WordCount(id);

    /// <summary>Tokens seen in all.</summary>
    public long Tokens => _base.Counts.Tokens + _learned.Tokens;

    /// <summary>
    /// Adds sentences (lower-cased words, numbers as "&lt;num&gt;") to the learned layer.
    /// Returns the words that were new to the model.
    /// </summary>
    public IReadOnlyList<string> Learn(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var added = new List<string>();
        _lock.EnterWriteLock();
        try
        {
            foreach (var sentence in sentences)
            {
                int a = Start, b = Start;
                for (var i = 0; i <= sentence.Count; i++)
                {
                    var c = i == sentence.Count ? End : IdForLearning(sentence[i], added);
                    if (c < 0) { a = b = Start; continue; }
                    _learned.Add(a, b, c,
                        (x, y) => _base.Counts.Bigram(x, y) > 0,
                        (x, y, z) => _base.Counts.Trigram(x, y, z) > 0);
                    a = b;
                    b = c;
                }
            }
        }
        finally { _lock.ExitWriteLock(); }
        return added;
    }

    private int IdForLearning(string word, List<string> added)
    {
        if (_base.Vocabulary.TryGetValue(word, out var id)) return id;
        if (_newVocabulary.TryGetValue(word, out id)) return id;
        id = _base.Words.Count + _newWords.Count;
        if (id >= NGramCounts.MaxVocabulary) return -1;
        _newVocabulary[word] = id;
        _newWords.Add(word);
        added.Add(word);
        return id;
    }

    /// <summary>
    /// ln P(w | a b). Ids of -1 mean a word no text showed; <paramref name="prior"/> is the lexicon's
    /// probability for w among unseen words. Call inside <see cref="Read"/>.
    /// </summary>
    public double LogProb(int a, int b, int w, double prior)
    {
        var p = Unigram(w, prior);
        if (b >= 0)
        {
            var history = _base.Counts.HistoryCount(b) + _learned.HistoryCount(b);
            if (history > 0)
            {
                var types = _base.Counts.HistoryTypes(b) + _learned.HistoryTypes(b);
                var count = w < 0 ? 0 : _base.Counts.Bigram(b, w) + _learned.Bigram(b, w);
                p = (Math.Max(count - Discount, 0) + Discount * types * p) / history;
            }
            if (a >= 0)
            {
                var h1 = _base.Counts.History2(a, b);
                var h2 = _learned.History2(a, b);
                var history2 = h1.Count + h2.Count;
                if (history2 > 0)
                {
                    var count = w < 0 ? 0 : _base.Counts.Trigram(a, b, w) + _learned.Trigram(a, b, w);
                    p = (Math.Max(count - Discount, 0) + Discount * (h1.Types + h2.Types) * p) / history2;
                }
            }
        }
        return Math.Log(p);
    }

    private double Unigram(int w, double prior)
    {
        var novel = NovelMass * prior;
        if (w < 0) return novel;
        var types = _base.Counts.BigramTypes + _learned.BigramTypes;
        if (types == 0) return novel;
        var left = _base.Counts.LeftTypes(w) + _learned.LeftTypes(w);
        return (1 - NovelMass) * left / types + novel;
    }

    /// <summary>Holds the read lock until disposed.</summary>
    public readonly struct ReadScope : IDisposable
    {
        private readonly ReaderWriterLockSlim _lock;
        public ReadScope(ReaderWriterLockSlim rw) { _lock = rw; rw.EnterReadLock(); }
        public void Dispose() => _lock.ExitReadLock();
    }
}
