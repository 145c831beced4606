using StrategyMiner.Repair.Decoding;
using StrategyMiner.Repair.Language;
using StrategyMiner.Repair.Lexicon;
using StrategyMiner.Repair.Text;

namespace StrategyMiner.Repair;

/// <summary>
/// Repairs Swedish page text that an OCR engine without a Swedish model produced: puts back stripped
/// å/ä/ö, undoes OCR confusions ("6ka", "stédet", "&amp;r", "Iopande", "rn" for "m") and joined or split
/// words, choosing between readings with a Swedish lexicon and a trigram language model (see
/// <see cref="PageRepair"/>). Clean text passes through: the page's own diacritics tell how stripped it
/// is, and on a clean page putting back a diacritic costs too much to happen without strong evidence.
/// The lexicon and the base language model are shared; <see cref="Learn"/> adds text (e.g. the batch's
/// digital documents, with their place names) to this instance only. Thread-safe.
/// </summary>
public sealed class SwedishRepairer : ITextRepairer
{
    private static readonly Lazy<RepairModel> DefaultModel =
        new(() => RepairModel.Build(SwedishLexicon.LoadInstalled(), SwedishCorpus.Training), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly RepairModel _model;
    private readonly Dictionary<string, List<string>> _learnedBySkeleton = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _learnedLock = new(LockRecursionPolicy.SupportsRecursion);

    private SwedishRepairer(RepairModel model)
    {
        _model = model;
        LanguageModel = new KneserNeyModel(model.Language);
    }

    /// <summary>
    /// A repairer over the installed Swedish word lists (hunspell-sv, wswedish, Tesseract's swe list;
    /// expanded once and cached) and the project's Swedish text (less its held-out tenth). The heavy
    /// parts are built once per process and shared; each call returns a fresh instance with nothing learned.
    /// </summary>
    public static SwedishRepairer CreateDefault() => new(DefaultModel.Value);

    /// <summary>A repairer over a given lexicon and clean Swedish paragraphs (tests and benchmarks).</summary>
    public static SwedishRepairer Create(SwedishLexicon lexicon, IEnumerable<string> cleanParagraphs) =>
        new(RepairModel.Build(lexicon, cleanParagraphs));

    /// <summary>
    /// How much more likely (ln) a change must make the sentence than the page's own reading before it is
    /// made. Higher: fewer changes, fewer wrong ones.
    /// </summary>
    public double MinimumMargin { get; init; } = 1.0;

    /// <summary>Which word lists the lexicon was built from and how large the model's text is.</summary>
    public string Description =>
        $"lexicon: {_model.Lexicon.Description} ({_model.Lexicon.Count:N0} forms); language model: {_model.Paragraphs:N0} paragraphs, {LanguageModel.Tokens:N0} tokens";

    internal SwedishLexicon Lexicon => _model.Lexicon;
    internal KneserNeyModel LanguageModel { get; }

    /// <summary>Whether the page's text looks damaged enough to repair (see <see cref="Assess"/>).</summary>
    public bool NeedsRepair(string pageText) => Assess(pageText).NeedsRepair;

    /// <summary>The evidence on which <see cref="NeedsRepair"/> decides.</summary>
    public PageAssessment Assess(string pageText)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        using var read = LanguageModel.Read();
        _learnedLock.EnterReadLock();
        try { return Assess(pageText, Tokenizer.Tokenize(pageText)); }
        finally { _learnedLock.ExitReadLock(); }
    }

    /// <summary>
    /// Adds clean Swedish text (a digital-born document of the same batch) to this instance's language
    /// model and vocabulary, so its words, place names included, become readings repair can restore.
    /// </summary>
    public void Learn(string cleanText)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        var added = LanguageModel.Learn(Sentences.Of(cleanText));
        if (added.Count == 0) return;
        _learnedLock.EnterWriteLock();
        try
        {
            foreach (var word in added)
            {
                if (!Skeleton.HasDiacritic(word)) continue;
                var skeleton = Skeleton.Of(word);
                if (!_learnedBySkeleton.TryGetValue(skeleton, out var list)) _learnedBySkeleton[skeleton] = list = [];
                if (!list.Contains(word)) list.Add(word);
            }
        }
        finally { _learnedLock.ExitWriteLock(); }
    }

    /// <inheritdoc />
    public RepairResult Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return new RepairResult(text, text, []);
        using var read = LanguageModel.Read();
        _learnedLock.EnterReadLock();
        try
        {
            var tokens = Tokenizer.Tokenize(text);
            var assessment = Assess(text, tokens);
            return new PageRepair(this, text, tokens, assessment).Run();
        }
        finally { _learnedLock.ExitReadLock(); }
    }

    /// <summary>Known as a word or a compound part, or seen in clean text.</summary>
    internal bool IsKnown(string lower) =>
        (_model.Lexicon.Roles(lower) & (WordRoles.Word | WordRoles.CompoundBegin)) != 0 || LanguageModel.Id(lower) >= 0;

    /// <summary>Known as a word that stands alone, or seen in clean text.</summary>
    internal bool IsWord(string lower) =>
        (_model.Lexicon.Roles(lower) & WordRoles.Word) != 0 || LanguageModel.Id(lower) >= 0;

    /// <summary>Every known form (lexicon, the project's text, learned text) whose skeleton is <paramref name="skeleton"/>.</summary>
    internal List<string> Forms(string skeleton)
    {
        var forms = new List<string>(4);
        if (_model.Lexicon.Roles(skeleton) != WordRoles.None || LanguageModel.Id(skeleton) >= 0) forms.Add(skeleton);
        foreach (var f in _model.Lexicon.DiacriticForms(skeleton)) forms.Add(f);
        if (_model.TextFormsBySkeleton.TryGetValue(skeleton, out var text))
            foreach (var f in text)
                if (!forms.Contains(f)) forms.Add(f);
        if (_learnedBySkeleton.Count > 0 && _learnedBySkeleton.TryGetValue(skeleton, out var learned))
            foreach (var f in learned)
                if (!forms.Contains(f)) forms.Add(f);
        return forms;
    }

    private PageAssessment Assess(string text, List<Token> tokens)
    {
        int words = 0, withDiacritics = 0, stripped = 0, strippedUnknown = 0, debris = 0, unknown = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || token.Length < 2) continue;
            var raw = text.AsSpan(token.Start, token.Length);
            var lower = raw.ToString().ToLowerInvariant();
            words++;
            // Short capitals ("FA", "RUS", "EU") are abbreviations: no evidence either way.
            if (lower.Length <= 4 && raw.ToString() == lower.ToUpperInvariant()) continue;
            if (HasDebris(lower))
            {
                debris++;
                continue;
            }
            if (lower.AsSpan().ContainsAny('å', 'ä', 'ö'))
            {
                withDiacritics++;
                continue;
            }
            var known = IsKnown(lower);
            if (lower.AsSpan().ContainsAny('a', 'o'))
            {
                var forms = Forms(lower);
                var ownCount = LanguageModel.Count(LanguageModel.Id(lower));
                var looksStripped = false;
                foreach (var f in forms)
                {
                    if (f == lower) continue;
                    if (!known && IsWord(f)) { looksStripped = true; strippedUnknown++; break; }
                    var count = LanguageModel.Count(LanguageModel.Id(f));
                    if (known && count >= 3 && count >= 4 * (ownCount + 1)) { looksStripped = true; break; }
                }
                if (looksStripped) { stripped++; continue; }
            }
            if (!known) unknown++;
        }
        // Two hypotheses: the OCR could not write å/ä/ö at all (a surviving one is then rare, 5 %), or the
        // page is clean Swedish (where a token that looks stripped is rare: 2 % for one no list knows,
        // 20 % for a known word like "sa" whose twin "så" is commoner). Equal prior odds.
        var logOdds = withDiacritics * Math.Log(0.05) - strippedUnknown * Math.Log(0.02) - (stripped - strippedUnknown) * Math.Log(0.2);
        var pStripped = 1 / (1 + Math.Exp(-Math.Clamp(logOdds, -50, 50)));
        var rate = 0.02 + 0.96 * pStripped;
        var damage = stripped + debris;
        var needs = damage >= 1 && (pStripped >= 0.5 || debris >= Math.Max(2, 0.03 * words));
        return new PageAssessment(words, withDiacritics, stripped, debris, unknown, rate, needs);
    }

    // Characters no Swedish word has inside it but OCR leaves there: digits among letters, "&", "|",
    // and é/è where Swedish has ö/ä (é alone, as in "idé", is fine when the word is known).
    private bool HasDebris(string lower)
    {
        var letters = false;
        var odd = false;
        foreach (var c in lower)
        {
            if (char.IsLetter(c)) letters = true;
            if (char.IsDigit(c) || c is '&' or '|') odd = true;
        }
        if (letters && odd) return true;
        return lower.AsSpan().ContainsAny('é', 'è') && !IsKnown(lower);
    }
}
