namespace StrategyMiner.Repair.Language;

/// <summary>
/// Word uni-, bi- and trigram counts over integer word ids, with the type counts (how many distinct
/// words follow a history, how many distinct words precede a word) that Kneser–Ney smoothing needs.
/// Not thread-safe: <see cref="KneserNeyModel"/> guards it.
/// </summary>
internal sealed class NGramCounts
{
    /// <summary>Ids must fit in 21 bits so a trigram packs into one 64-bit key.</summary>
    public const int MaxVocabulary = 1 << 21;

    private int[] _historyCount = new int[1024];   // c(b •)
    private int[] _historyTypes = new int[1024];   // N1+(b •)
    private int[] _leftTypes = new int[1024];      // N1+(• w)
    private int[] _wordCount = new int[1024];      // c(w)

    public Dictionary<long, int> Bigrams { get; } = new();
    public Dictionary<long, int> Trigrams { get; } = new();
    public Dictionary<long, (int Count, int Types)> Histories2 { get; } = new();

    /// <summary>N1+(• •): distinct bigram types.</summary>
    public long BigramTypes { get; set; }

    public static long Key(int a, int b) => ((long)a << 21) | (uint)b;
    public static long Key(int a, int b, int c) => ((long)a << 42) | ((long)b << 21) | (uint)c;

    public int HistoryCount(int id) => id < _historyCount.Length ? _historyCount[id] : 0;
    public int HistoryTypes(int id) => id < _historyTypes.Length ? _historyTypes[id] : 0;
    public int LeftTypes(int id) => id < _leftTypes.Length ? _leftTypes[id] : 0;
    public int WordCount(int id) => id < _wordCount.Length ? _wordCount[id] : 0;
    public long Tokens { get; private set; }
    public int Bigram(int a, int b) => Bigrams.TryGetValue(Key(a, b), out var c) ? c : 0;
    public int Trigram(int a, int b, int c) => Trigrams.TryGetValue(Key(a, b, c), out var n) ? n : 0;
    public (int Count, int Types) History2(int a, int b) => Histories2.TryGetValue(Key(a, b), out var h) ? h : default;

    /// <summary>
    /// Adds one bigram and one trigram occurrence. <paramref name="seenBigram"/> / <paramref name="seenTrigram"/>
    /// say whether another count table already has the n-gram, so type counts stay those of the union.
    /// </summary>
    public void Add(int a, int b, int c, Func<int, int, bool> seenBigram, Func<int, int, int, bool> seenTrigram)
    {
        Grow(Math.Max(b, c));
        var bigramKey = Key(b, c);
        Bigrams.TryGetValue(bigramKey, out var bc);
        Bigrams[bigramKey] = bc + 1;
        _historyCount[b]++;
        _wordCount[c]++;
        Tokens++;
        if (bc == 0 && !seenBigram(b, c))
        {
            _historyTypes[b]++;
            _leftTypes[c]++;
            BigramTypes++;
        }
        if (a < 0) return;
        var trigramKey = Key(a, b, c);
        Trigrams.TryGetValue(trigramKey, out var tc);
        Trigrams[trigramKey] = tc + 1;
        var historyKey = Key(a, b);
        Histories2.TryGetValue(historyKey, out var h);
        Histories2[historyKey] = (h.Count + 1, h.Types + (tc == 0 && !seenTrigram(a, b, c) ? 1 : 0));
    }

    private void Grow(int id)
    {
        if (id < _historyCount.Length) return;
        var size = _historyCount.Length;
        while (size <= id) size *= 2;
        Array.Resize(ref _historyCount, size);
        Array.Resize(ref _historyTypes, size);
        Array.Resize(ref _leftTypes, size);
        Array.Resize(ref _wordCount, size);
    }
}
