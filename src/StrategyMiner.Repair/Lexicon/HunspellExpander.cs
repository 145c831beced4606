using System.Text;

namespace StrategyMiner.Repair.Lexicon;

/// <summary>
/// Expands a hunspell dictionary (.dic stems with affix flags, .aff affix rules) into every word form
/// it accepts, like hunspell-tools' <c>unmunch</c>, but keeping the compounding flags
/// (COMPOUNDBEGIN / COMPOUNDMIDDLE / COMPOUNDEND / ONLYINCOMPOUND / COMPOUNDPERMITFLAG) that unmunch
/// drops, because Swedish compounds ("länsstyrelse" = "läns" + "styrelse") are only checkable with them.
/// Format: hunspell(5), single-character flags (the sv_SE dictionary's FLAG default); only suffix rules
/// are expanded (sv_SE has no prefix rules).
/// </summary>
public static class HunspellExpander
{
    private sealed record Affix(bool Suffix, char Flag, string Strip, string Add, string ContinuationFlags, Condition Condition);

    /// <summary>Calls <paramref name="emit"/> for every form (with its roles) the dictionary accepts.</summary>
    public static void Expand(string affPath, string dicPath, Action<string, WordRoles> emit)
    {
        var affixes = new Dictionary<char, List<Affix>>();
        char? begin = null, middle = null, end = null, onlyIn = null, permit = null, forbidden = null, needAffix = null;
        foreach (var raw in File.ReadLines(affPath, Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "COMPOUNDBEGIN" when parts.Length > 1: begin = parts[1][0]; break;
                case "COMPOUNDMIDDLE" when parts.Length > 1: middle = parts[1][0]; break;
                case "COMPOUNDEND" when parts.Length > 1: end = parts[1][0]; break;
                case "ONLYINCOMPOUND" when parts.Length > 1: onlyIn = parts[1][0]; break;
                case "COMPOUNDPERMITFLAG" when parts.Length > 1: permit = parts[1][0]; break;
                case "FORBIDDENWORD" when parts.Length > 1: forbidden = parts[1][0]; break;
                case "NEEDAFFIX" when parts.Length > 1: needAffix = parts[1][0]; break;
                case "SFX" or "PFX" when parts.Length >= 5:
                {
                    var flag = parts[1][0];
                    if (!affixes.TryGetValue(flag, out var list)) affixes[flag] = list = [];
                    var addParts = parts[3].Split('/', 2);
                    var add = addParts[0] == "0" ? "" : addParts[0];
                    var strip = parts[2] == "0" ? "" : parts[2];
                    list.Add(new Affix(parts[0] == "SFX", flag, strip, add, addParts.Length > 1 ? addParts[1] : "", Condition.Parse(parts[4])));
                    break;
                }
            }
        }

        foreach (var raw in File.ReadLines(dicPath, Encoding.UTF8).Skip(1))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab >= 0) line = line[..tab];
            var slash = FindFlagSlash(line);
            var stem = slash < 0 ? line : line[..slash];
            var flags = slash < 0 ? "" : line[(slash + 1)..];
            if (stem.Length == 0 || stem.Contains(' ')) continue;
            if (forbidden is { } f && flags.Contains(f)) continue;

            var stemRoles = WordRoles.Hunspell;
            if (begin is { } b && flags.Contains(b)) stemRoles |= WordRoles.CompoundBegin;
            if (middle is { } m && flags.Contains(m)) stemRoles |= WordRoles.CompoundMiddle;
            var isEnd = end is { } e && flags.Contains(e);
            var onlyInCompound = onlyIn is { } z && flags.Contains(z);
            var bare = stemRoles | (isEnd ? WordRoles.CompoundEnd : 0);
            if (!onlyInCompound && !(needAffix is { } na && flags.Contains(na))) bare |= WordRoles.Word;
            emit(stem, bare);

            foreach (var flag in flags)
            {
                if (!affixes.TryGetValue(flag, out var list)) continue;
                foreach (var affix in list)
                {
                    if (!affix.Suffix) continue;
                    if (!stem.EndsWith(affix.Strip, StringComparison.Ordinal) || !affix.Condition.MatchesEnd(stem)) continue;
                    var form = stem[..^affix.Strip.Length] + affix.Add;
                    if (form.Length == 0) continue;
                    var roles = WordRoles.Hunspell;
                    var cont = affix.ContinuationFlags;
                    var formOnlyInCompound = onlyInCompound || (onlyIn is { } oz && cont.Contains(oz));
                    if (!formOnlyInCompound) roles |= WordRoles.Word;
                    // A suffixed form may close a compound when its stem may; it may open one only when
                    // the suffix carries the permit flag and a begin/middle flag itself (hunspell semantics).
                    if (isEnd) roles |= WordRoles.CompoundEnd;
                    var permitted = permit is { } p && cont.Contains(p);
                    if (permitted && begin is { } cb && (cont.Contains(cb) || (stemRoles & WordRoles.CompoundBegin) != 0)) roles |= WordRoles.CompoundBegin;
                    if (permitted && middle is { } cm && (cont.Contains(cm) || (stemRoles & WordRoles.CompoundMiddle) != 0)) roles |= WordRoles.CompoundMiddle;
                    emit(form, roles);
                }
            }
        }
    }

    // A slash escaped as "\/" belongs to the word.
    private static int FindFlagSlash(string line)
    {
        for (var i = 0; i < line.Length; i++)
            if (line[i] == '/' && i > 0 && line[i - 1] != '\\') return i;
        return -1;
    }

    private sealed class Condition
    {
        private readonly List<(bool Negated, string Chars)> _units;
        private Condition(List<(bool, string)> units) => _units = units;

        public static Condition Parse(string pattern)
        {
            var units = new List<(bool, string)>();
            if (pattern == ".") return new Condition(units);
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '[')
                {
                    var close = pattern.IndexOf(']', i);
                    var body = pattern[(i + 1)..close];
                    var neg = body.StartsWith('^');
                    units.Add((neg, neg ? body[1..] : body));
                    i = close;
                }
                else if (c == '.') units.Add((true, ""));
                else units.Add((false, c.ToString()));
            }
            return new Condition(units);
        }

        public bool MatchesEnd(string word)
        {
            if (_units.Count > word.Length) return false;
            var start = word.Length - _units.Count;
            for (var i = 0; i < _units.Count; i++)
            {
                var (neg, chars) = _units[i];
                var hit = chars.Contains(word[start + i]);
                if (hit == neg) return false;
            }
            return true;
        }
    }
}
