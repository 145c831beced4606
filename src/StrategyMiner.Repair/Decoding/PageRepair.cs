using System.Text;
using StrategyMiner.Repair.Language;
using StrategyMiner.Repair.Lexicon;
using StrategyMiner.Repair.Text;
using StrategyMiner.Text;

namespace StrategyMiner.Repair.Decoding;

/// <summary>
/// Repairs one page as a noisy channel (Shannon; Kernighan, Church &amp; Gale 1990, "A spelling
/// correction program based on a noisy channel model"): for every token the readings the OCR confusion
/// model allows and the lexicon knows are scored by channel cost + trigram language model, and the best
/// sequence per sentence is found by Viterbi search over (previous word, word) states (pruned to the
/// best <see cref="MaxStates"/> per token). A change is kept
/// only when its reading beats the page's own token by <see cref="SwedishRepairer.MinimumMargin"/> nats.
/// </summary>
internal sealed class PageRepair
{
    // Unigram priors for words the project's text never showed (the language model gives them its
    // novel-word mass times this): hunspell words, those also in Tesseract's web-frequency list, words
    // only a secondary list has, and tokens no list knows. Compounds and joined/split words pay extra.
    private const double PriorHunspell = 2e-6;
    private const double PriorCommon = 1e-5;
    private const double PriorWordList = 2e-7;
    private const double PriorUnknown = 1e-11;
    private const double CompoundFactor = 0.05;
    private static readonly double SplitCost = Math.Log(0.003);
    private static readonly double JoinCost = Math.Log(0.02);
    private static readonly double BarCost = Math.Log(0.5);
    private const int MaxVariants = 48;
    private static readonly double MinVariantCost = Math.Log(1e-4);
    private const int MaxStates = 24;

    private readonly SwedishRepairer _repairer;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly double _restore;
    private readonly double _restoreE;
    private readonly Dictionary<string, double> _priorCache = new(StringComparer.Ordinal);

    public PageRepair(SwedishRepairer repairer, string text, List<Token> tokens, PageAssessment assessment)
    {
        _repairer = repairer;
        _text = text;
        _tokens = tokens;
        _restore = Math.Log(assessment.StripRate);
        _restoreE = Math.Log(assessment.StripRate * 0.3);
    }

    public RepairResult Run()
    {
        var changes = new List<(int First, int Span, Candidate Candidate, double Margin)>();
        var first = 0;
        while (first < _tokens.Count)
        {
            var last = first + 1;
            while (last < _tokens.Count && !_tokens[last].SentenceStart && _tokens[last].Kind != TokenKind.Protected) last++;
            if (_tokens[first].Kind != TokenKind.Protected) DecodeSegment(first, last, changes);
            first = last;
        }
        return Build(changes);
    }

    private RepairResult Build(List<(int First, int Span, Candidate Candidate, double Margin)> changes)
    {
        var sb = new StringBuilder(_text.Length + 16);
        var list = new List<TextChange>(changes.Count);
        var at = 0;
        foreach (var (firstToken, span, candidate, margin) in changes.OrderBy(c => c.First))
        {
            var start = _tokens[firstToken].Start;
            var end = _tokens[firstToken + span - 1].End;
            sb.Append(_text, at, start - at);
            sb.Append(candidate.Text);
            list.Add(new TextChange(start, _text[start..end], candidate.Text, Math.Round(margin, 3)));
            at = end;
        }
        sb.Append(_text, at, _text.Length - at);
        return new RepairResult(_text, sb.ToString(), list);
    }

    // ---- decoding ----------------------------------------------------------------------------

    private sealed class Hyp
    {
        public double Score;
        public int A, B;
        public Hyp? Back;
        public Candidate? Candidate;
        public int Position;
    }

    private void DecodeSegment(int first, int last, List<(int, int, Candidate, double)> changes)
    {
        var n = last - first;
        var options = new List<Candidate>[n];
        var anyChoice = false;
        for (var i = 0; i < n; i++)
        {
            options[i] = Candidates(first + i, i + 1 < n ? first + i + 1 : -1);
            if (options[i].Count > 1 || options[i].Any(c => !c.IsOriginal)) anyChoice = true;
        }
        if (!anyChoice) return;

        var lm = _repairer.LanguageModel;
        var states = new Dictionary<(int, int), Hyp>[n + 1];
        for (var i = 0; i <= n; i++) states[i] = new Dictionary<(int, int), Hyp>();
        states[0][(KneserNeyModel.Start, KneserNeyModel.Start)] = new Hyp { A = KneserNeyModel.Start, B = KneserNeyModel.Start, Position = 0 };
        for (var i = 0; i < n; i++)
        {
            if (states[i].Count == 0) continue;
            var current = states[i].Values.OrderByDescending(h => h.Score).Take(MaxStates);
            foreach (var hyp in current)
            {
                foreach (var c in options[i])
                {
                    var score = hyp.Score + c.Channel;
                    int a = hyp.A, b = hyp.B;
                    for (var k = 0; k < c.Words.Length; k++)
                    {
                        score += lm.LogProb(a, b, c.Ids[k], c.Priors[k]);
                        a = b;
                        b = c.Ids[k] < 0 ? KneserNeyModel.Unknown : c.Ids[k];
                    }
                    var target = states[i + c.Span];
                    if (!target.TryGetValue((a, b), out var old) || old.Score < score)
                        target[(a, b)] = new Hyp { Score = score, A = a, B = b, Back = hyp, Candidate = c, Position = i };
                }
            }
        }
        Hyp? best = null;
        foreach (var h in states[n].Values)
        {
            var final = h.Score + lm.LogProb(h.A, h.B, KneserNeyModel.End, 1);
            if (best is null || final > best.Score) best = new Hyp { Score = final, Back = h };
        }
        if (best?.Back is null) return;

        var path = new List<(int Position, Candidate Candidate)>();
        for (var h = best.Back; h.Candidate is not null; h = h.Back!) path.Add((h.Position, h.Candidate));
        path.Reverse();
        var bestScore = PathScore(path);
        for (var k = 0; k < path.Count; k++)
        {
            var (position, chosen) = path[k];
            if (chosen.IsOriginal) continue;
            var alternative = new List<(int, Candidate)>(path.Count + 1);
            alternative.AddRange(path.Take(k));
            for (var s = 0; s < chosen.Span; s++) alternative.Add((position + s, options[position + s].First(c => c.IsOriginal)));
            alternative.AddRange(path.Skip(k + 1));
            var margin = bestScore - PathScore(alternative);
            if (margin >= _repairer.MinimumMargin) changes.Add((first + position, chosen.Span, chosen, margin));
        }
    }

    private double PathScore(List<(int Position, Candidate Candidate)> path)
    {
        var lm = _repairer.LanguageModel;
        double score = 0;
        int a = KneserNeyModel.Start, b = KneserNeyModel.Start;
        foreach (var (_, c) in path)
        {
            score += c.Channel;
            for (var k = 0; k < c.Words.Length; k++)
            {
                score += lm.LogProb(a, b, c.Ids[k], c.Priors[k]);
                a = b;
                b = c.Ids[k] < 0 ? KneserNeyModel.Unknown : c.Ids[k];
            }
        }
        return score + lm.LogProb(a, b, KneserNeyModel.End, 1);
    }

    // ---- candidates --------------------------------------------------------------------------

    private List<Candidate> Candidates(int index, int next)
    {
        var token = _tokens[index];
        var raw = _text.Substring(token.Start, token.Length);
        switch (token.Kind)
        {
            case TokenKind.Number:
                return [Fixed(raw, Sentences.NumberToken, KneserNeyModel.Number)];
            case TokenKind.Bar:
                return
                [
                    new Candidate { Text = raw, Words = [], Ids = [], Priors = [], Channel = BarCost, IsOriginal = true },
                    Make(token.SentenceStart ? "I" : "i", ["i"], BarCost),
                ];
        }

        var lower = raw.ToLowerInvariant();
        var original = Make(raw, [lower], 0, isOriginal: true);
        var result = new List<Candidate> { original };
        if (lower.Length < 2 || lower.Length != raw.Length) return result;

        var known = _repairer.IsKnown(lower);
        var casing = Casing.Of(raw);
        // Short capitals ("FA", "EU", "RUS") are abbreviations unless the whole page lost its diacritics.
        if (casing == Casing.Kind.Upper && lower.Length <= 4 && _restore < Math.Log(0.5)) return result;
        var readings = new Dictionary<string, double>(StringComparer.Ordinal);
        // Letter-for-letter confusions are tried on tokens no list knows, and on short ones the text has
        // never shown ("dr" for "är"), which lists hold as abbreviations.
        var variants = Variants(raw, lower, known && (lower.Length > 3 || _repairer.LanguageModel.Id(lower) >= 0));
        foreach (var (variant, cost, capitalIToL) in variants)
        {
            foreach (var form in _repairer.Forms(Skeleton.Of(variant)))
            {
                if (form == lower || form.Length < 2) continue;
                var align = Align(variant, form);
                if (double.IsNaN(align)) continue;
                var text = Casing.Apply(CasingFor(token, raw, casing, form), form, capitalIToL);
                var total = cost + align;
                if (!readings.TryGetValue(text, out var old) || old < total) readings[text] = total;
            }
        }
        if (!known && readings.Count == 0) AddDroppedLetter(lower, casing, readings);
        foreach (var (text, cost) in readings) result.Add(Make(text, [text.ToLowerInvariant()], cost));

        if (!known)
        {
            AddCompounds(variants, lower, casing, result, addReadings: readings.Count == 0);
            if (result[0].Priors[0] <= PriorUnknown && _restore < Math.Log(0.5) && IsLooseCompound(lower, 2))
                result[0] = Make(raw, [lower], 0, isOriginal: true, prior: PriorHunspell * CompoundFactor * 0.3);
        }
        // Joined words ("Viska", "forregionala") only where no trusted single word reads the token
        // (Tesseract's list holds web typos such as "detär", which must not block "det är").
        if (!readings.Keys.Any(IsTrusted) && _repairer.LanguageModel.Id(lower) < 0 && lower.Length >= 3 && !Skeleton.HasDiacritic(lower))
            AddSplits(variants, casing, result);
        if (next >= 0) AddJoin(next, raw, lower, known, casing, result, hasReadings: result.Count > 1);
        result.RemoveAll(c => !c.IsOriginal && c.Span == 1 && c.Text == raw);
        return result;
    }

    // Compound readings (hunspell's COMPOUNDBEGIN/MIDDLE/END parts). When the token itself is a valid
    // compound it keeps the compound's prior instead of an unknown word's, so clean compounds stay.
    private void AddCompounds(List<(string Variant, double Cost, bool CapitalIToL)> variants, string lower, Casing.Kind casing,
        List<Candidate> result, bool addReadings)
    {
        var found = new Dictionary<string, (double Channel, double Prior)>(StringComparer.Ordinal);
        foreach (var (variant, cost, _) in variants.OrderByDescending(v => v.Cost).Take(6))
        {
            for (var k = 2; k <= variant.Length - 2; k++)
            {
                var head = variant[..k];
                foreach (var h in _repairer.Forms(Skeleton.Of(head)))
                {
                    if ((_repairer.Lexicon.Roles(h) & WordRoles.CompoundBegin) == 0) continue;
                    var headCost = Align(head, h);
                    if (double.IsNaN(headCost)) continue;
                    foreach (var (tail, tailCost, tailPrior) in CompoundTails(variant[k..], 2))
                    {
                        var word = h + tail;
                        var channel = cost + headCost + tailCost;
                        var prior = CompoundPrior(h, tailPrior);
                        if (!found.TryGetValue(word, out var old) || old.Channel + Math.Log(old.Prior) < channel + Math.Log(prior))
                            found[word] = (channel, prior);
                    }
                }
            }
        }
        if (found.Remove(lower, out var self))
        {
            var original = result[0];
            result[0] = new Candidate { Text = original.Text, Words = original.Words, Ids = original.Ids, Priors = [Math.Max(self.Prior, original.Priors[0])], Channel = 0, IsOriginal = true };
        }
        if (!addReadings) return;
        foreach (var (word, (channel, prior)) in found.OrderByDescending(p => p.Value.Channel + Math.Log(p.Value.Prior)).Take(6))
        {
            var text = Casing.Apply(casing, word, false);
            result.Add(new Candidate { Text = text, Words = [word], Ids = [-1], Priors = [prior], Channel = channel });
        }
    }

    // Tails of a compound: a form that may close one, or (depth allowing) a middle part plus a tail.
    private IEnumerable<(string Tail, double Cost, double Prior)> CompoundTails(string rest, int depth)
    {
        foreach (var t in _repairer.Forms(Skeleton.Of(rest)))
        {
            if ((_repairer.Lexicon.Roles(t) & WordRoles.CompoundEnd) == 0) continue;
            var cost = Align(rest, t);
            if (!double.IsNaN(cost)) yield return (t, cost, PartPrior(t));
        }
        if (depth <= 1) yield break;
        for (var k = 2; k <= rest.Length - 2; k++)
        {
            var middle = rest[..k];
            foreach (var m in _repairer.Forms(Skeleton.Of(middle)))
            {
                var roles = _repairer.Lexicon.Roles(m);
                if ((roles & (WordRoles.CompoundMiddle | WordRoles.CompoundBegin)) == 0) continue;
                var cost = Align(middle, m);
                if (double.IsNaN(cost)) continue;
                foreach (var (tail, tailCost, tailPrior) in CompoundTails(rest[k..], depth - 1))
                    yield return (m + tail, cost + tailCost, CompoundFactor * PartPrior(m) * tailPrior / PriorHunspell);
            }
        }
    }

    // A compound's prior: like a lexicon word's, scaled down, and up again for parts the text uses a lot
    // ("mål" + "konflikter" beats "mal" + "konflikter").
    private double CompoundPrior(string head, double tailPrior) => CompoundFactor * PartPrior(head) * tailPrior / PriorHunspell;

    private double PartPrior(string part)
    {
        var count = _repairer.LanguageModel.Count(_repairer.LanguageModel.Id(part));
        return PriorHunspell * Math.Min(4, Math.Sqrt(1 + count));
    }

    // OCR writes å as a capital A ("Astadkomma"): in mid-sentence, a capital that repair turns into
    // å/ä/ö goes back to lower case unless the word is a name (no list writes it in lower case).
    private Casing.Kind CasingFor(Token token, string raw, Casing.Kind casing, string form)
    {
        if (casing != Casing.Kind.Capitalized || token.SentenceStart || raw[0] is not ('A' or 'O')) return casing;
        if (form[0] is not ('å' or 'ä' or 'ö')) return casing;
        return (_repairer.Lexicon.Roles(form) & WordRoles.LowerCase) != 0 ? Casing.Kind.Lower : casing;
    }

    // A looser compound test than hunspell's flags, used only to leave a clean page's own compounds alone
    // ("sektorplaner"): any known word of four letters or more (or one plus a linking s) before a
    // word that may end a compound.
    private bool IsLooseCompound(string word, int depth)
    {
        var lexicon = _repairer.Lexicon;
        for (var k = 4; k <= word.Length - 3; k++)
        {
            var head = word.AsSpan(0, k);
            var headOk = (lexicon.Roles(head) & (WordRoles.Word | WordRoles.CompoundBegin)) != 0
                || (head[^1] == 's' && (lexicon.Roles(head[..^1]) & WordRoles.Word) != 0);
            if (!headOk) continue;
            var tail = word.AsSpan(k);
            if ((lexicon.Roles(tail) & (WordRoles.CompoundEnd | WordRoles.Word)) != 0) return true;
            if (depth > 1 && IsLooseCompound(word[k..], depth - 1)) return true;
        }
        return false;
    }

    // OCR sometimes drops a letter altogether ("Tillgngen", "slja", "tll"): try putting one back.
    private void AddDroppedLetter(string lower, Casing.Kind casing, Dictionary<string, double> readings)
    {
        if (lower.Length < 2) return;
        foreach (var (letter, letterCost) in OcrConfusion.DroppedLetters)
        {
            if (lower.Length < 3 && !Skeleton.HasDiacritic(letter.ToString())) continue;
            for (var k = 0; k <= lower.Length; k++)
            {
                var variant = string.Concat(lower.AsSpan(0, k), letter.ToString(), lower.AsSpan(k));
                foreach (var form in _repairer.Forms(Skeleton.Of(variant)))
                {
                    var align = Align(variant, form);
                    if (double.IsNaN(align)) continue;
                    var text = Casing.Apply(casing, form, false);
                    var total = letterCost + align;
                    if (!readings.TryGetValue(text, out var old) || old < total) readings[text] = total;
                }
            }
        }
    }

    private void AddSplits(List<(string Variant, double Cost, bool CapitalIToL)> variants, Casing.Kind casing, List<Candidate> result)
    {
        var lm = _repairer.LanguageModel;
        var found = new Dictionary<string, (string Left, string Right, double Channel)>(StringComparer.Ordinal);
        foreach (var (variant, cost, _) in variants.OrderByDescending(v => v.Cost).Take(4))
        {
            for (var k = 1; k < variant.Length; k++)
            {
                var left = variant[..k];
                var right = variant[k..];
                if ((left.Length < 2 && left != "i") || (right.Length < 2 && right != "i")) continue;
                foreach (var l in _repairer.Forms(Skeleton.Of(left)))
                {
                    if (!_repairer.IsWord(l)) continue;
                    var leftCost = Align(left, l);
                    if (double.IsNaN(leftCost)) continue;
                    foreach (var r in _repairer.Forms(Skeleton.Of(right)))
                    {
                        if (!_repairer.IsWord(r)) continue;
                        if (lm.Id(l) < 0 && lm.Id(r) < 0) continue;
                        var rightCost = Align(right, r);
                        if (double.IsNaN(rightCost)) continue;
                        var key = l + " " + r;
                        var channel = cost + leftCost + rightCost + SplitCost;
                        if (!found.TryGetValue(key, out var old) || old.Channel < channel) found[key] = (l, r, channel);
                    }
                }
            }
        }
        foreach (var (_, (l, r, channel)) in found.OrderByDescending(p => p.Value.Channel).Take(6))
        {
            var text = Casing.Apply(casing, l, false) + " " + Casing.Apply(casing == Casing.Kind.Upper ? casing : Casing.Kind.Lower, r, false);
            result.Add(new Candidate { Text = text, Words = [l, r], Ids = [lm.Id(l), lm.Id(r)], Priors = [Prior(l), Prior(r)], Channel = channel });
        }
    }

    private void AddJoin(int next, string raw, string lower, bool known, Casing.Kind casing, List<Candidate> result, bool hasReadings)
    {
        var token = _tokens[next];
        if (token.Kind != TokenKind.Word || !token.JoinableWithPrevious) return;
        var nextRaw = _text.Substring(token.Start, token.Length);
        var nextLower = nextRaw.ToLowerInvariant();
        if (nextLower.Length != nextRaw.Length) return;
        // Two words the text knows are left apart; two lexicon words may join only into a word the text knows.
        var lm = _repairer.LanguageModel;
        if (lm.Id(lower) >= 0 && lm.Id(nextLower) >= 0) return;
        var bothKnown = known && _repairer.IsKnown(nextLower);
        // A split word leaves a fragment that has no reading of its own ("utveck lingen"); a token that
        // reads as a word after repair is joined only with such a fragment.
        if (!bothKnown && hasReadings && (_repairer.IsKnown(nextLower) || _repairer.Forms(Skeleton.Of(nextLower)).Count > 0)) return;
        var joinedRaw = raw + nextRaw;
        var joined = lower + nextLower;
        var readings = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (variant, cost, iToL) in Variants(joinedRaw, joined, bothKnown))
        {
            foreach (var form in _repairer.Forms(Skeleton.Of(variant)))
            {
                if (bothKnown && lm.Id(form) < 0) continue;
                var align = Align(variant, form);
                if (double.IsNaN(align)) continue;
                var text = Casing.Apply(casing, form, iToL);
                var total = cost + align + JoinCost;
                if (!readings.TryGetValue(text, out var old) || old < total) readings[text] = total;
            }
        }
        foreach (var (text, cost) in readings.OrderByDescending(p => p.Value).Take(4))
            result.Add(new Candidate { Text = text, Words = [text.ToLowerInvariant()], Ids = [_repairer.LanguageModel.Id(text.ToLowerInvariant())], Priors = [Prior(text.ToLowerInvariant())], Channel = cost, Span = 2 });
    }

    private bool IsTrusted(string text)
    {
        var word = text.ToLowerInvariant();
        return _repairer.LanguageModel.Id(word) >= 0 || (_repairer.Lexicon.Roles(word) & (WordRoles.Hunspell | WordRoles.Word)) == (WordRoles.Hunspell | WordRoles.Word);
    }

    private Candidate Fixed(string text, string word, int id) =>
        new() { Text = text, Words = [word], Ids = [id], Priors = [1], Channel = 0, IsOriginal = true };

    private Candidate Make(string text, string[] words, double channel, bool isOriginal = false, double prior = 0)
    {
        var ids = new int[words.Length];
        var priors = new double[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            ids[i] = _repairer.LanguageModel.Id(words[i]);
            priors[i] = prior > 0 ? prior : Prior(words[i]);
        }
        return new Candidate { Text = text, Words = words, Ids = ids, Priors = priors, Channel = channel, IsOriginal = isOriginal };
    }

    private double Prior(string word)
    {
        if (_priorCache.TryGetValue(word, out var p)) return p;
        var roles = _repairer.Lexicon.Roles(word);
        if ((roles & WordRoles.Word) != 0)
            p = (roles & WordRoles.Hunspell) == 0 ? PriorWordList : (roles & WordRoles.Common) != 0 ? PriorCommon : PriorHunspell;
        else if (_repairer.IsKnown(word)) p = PriorWordList;
        else p = PriorUnknown;
        _priorCache[word] = p;
        return p;
    }

    // ln P(page shows `variant` | word is `form`) for the stripped-diacritic channel, or NaN when the form
    // needs more than putting back diacritics the page lost.
    private double Align(string variant, string form)
    {
        if (variant.Length != form.Length) return double.NaN;
        double cost = 0;
        for (var i = 0; i < variant.Length; i++)
        {
            var v = variant[i];
            var f = form[i];
            if (v == f) continue;
            if (Skeleton.Strip(f) != v) return double.NaN;
            cost += f is 'é' or 'è' ? _restoreE : _restore;
        }
        return cost;
    }

    /// <summary>The token with every combination of confusion-table readings, cheapest first, capped.</summary>
    private List<(string Variant, double Cost, bool CapitalIToL)> Variants(string raw, string lower, bool known)
    {
        var result = new List<(string, double, bool)>();
        var buffer = new StringBuilder(lower.Length + 4);
        Expand(raw, lower, known, _restore, 0, 0, 0, false, buffer, result);
        if (result.Count > MaxVariants)
        {
            result.Sort((x, y) => y.Item2.CompareTo(x.Item2));
            result.RemoveRange(MaxVariants, result.Count - MaxVariants);
        }
        return result;
    }

    // A letter read as another letter that puts a diacritic back (d→ä, a→ö) is what an OCR without
    // Swedish makes; on a page that kept its diacritics it also pays the page's restore cost.
    private static void Expand(string raw, string lower, bool known, double restore, int position, double cost, int letterEdits, bool iToL,
        StringBuilder buffer, List<(string, double, bool)> result)
    {
        if (result.Count >= MaxVariants * 2) return;
        if (position == lower.Length)
        {
            result.Add((buffer.ToString(), cost, iToL));
            return;
        }
        var length = buffer.Length;
        buffer.Append(lower[position]);
        Expand(raw, lower, known, restore, position + 1, cost, letterEdits, iToL, buffer, result);
        buffer.Length = length;
        foreach (var rule in OcrConfusion.Table)
        {
            if (rule.OnlyForUnknown && (known || letterEdits >= 2)) continue;
            if (string.CompareOrdinal(lower, position, rule.Observed, 0, rule.Observed.Length) != 0) continue;
            if (rule.FromCapital && !HasCapital(raw, position, rule.Observed.Length)) continue;
            var ruleCost = rule.Cost + (rule.OnlyForUnknown && Skeleton.HasDiacritic(rule.Intended) ? restore : 0);
            if (cost + ruleCost < MinVariantCost) continue;
            buffer.Append(rule.Intended);
            Expand(raw, lower, known, restore, position + rule.Observed.Length, cost + ruleCost, letterEdits + (rule.OnlyForUnknown ? 1 : 0),
                iToL || (position == 0 && rule.Observed == "i"), buffer, result);
            buffer.Length = length;
        }
    }

    private static bool HasCapital(string raw, int position, int length)
    {
        for (var i = position; i < position + length && i < raw.Length; i++)
            if (char.IsUpper(raw[i])) return true;
        return false;
    }
}
