using StrategyMiner.Repair.Lexicon;

namespace StrategyMiner.Repair.Tests;

/// <summary>The hunspell expansion, the installed lexicon and its cache.</summary>
public class LexiconTests
{
    private string _dir = "";

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "sm-lexicon-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, true);

    [Test]
    public void HunspellExpansionKeepsFormsAndCompoundRoles()
    {
        var aff = Path.Combine(_dir, "t.aff");
        var dic = Path.Combine(_dir, "t.dic");
        File.WriteAllText(aff, """
            SET UTF-8
            COMPOUNDBEGIN X
            COMPOUNDEND Y
            ONLYINCOMPOUND Z
            COMPOUNDPERMITFLAG W
            FORBIDDENWORD %

            SFX E Y 2
            SFX E 0 n [^m]
            SFX E 0 ns [^m]

            SFX v N 1
            SFX v 0 s/WXZ [^a]
            """);
        File.WriteAllText(dic, "3\nstyrelse/EY\nlän/vX\nfelord/%\n");
        var forms = new Dictionary<string, WordRoles>();
        HunspellExpander.Expand(aff, dic, (w, r) => forms[w] = r);

        Assert.Multiple(() =>
        {
            Assert.That(forms.Keys, Is.EquivalentTo(new[] { "styrelse", "styrelsen", "styrelsens", "län", "läns" }));
            Assert.That(forms["styrelsen"].HasFlag(WordRoles.CompoundEnd), Is.True);
            Assert.That(forms["styrelsen"].HasFlag(WordRoles.Word), Is.True);
            Assert.That(forms["läns"].HasFlag(WordRoles.CompoundBegin), Is.True);
            Assert.That(forms["läns"].HasFlag(WordRoles.Word), Is.False, "ONLYINCOMPOUND: 'läns' is no word on its own");
            Assert.That(forms["län"].HasFlag(WordRoles.CompoundBegin), Is.True);
        });
    }

    [Test]
    public void InstalledLexiconIsCachedAndTheCacheGivesTheSameForms()
    {
        var installed = LexiconSources.Default;
        Assume.That(File.Exists(installed.HunspellDic) || File.Exists(installed.WordList), "needs hunspell-sv or wswedish (the setup script installs both)");
        var sources = installed with { CacheDirectory = _dir };
        var log = new StringWriter();
        var first = SwedishLexicon.LoadInstalled(sources, log);
        Assert.That(Directory.GetFiles(_dir, "lexicon-sv-*.txt.gz"), Has.Length.EqualTo(1));
        var second = SwedishLexicon.LoadInstalled(sources, log);
        Assert.Multiple(() =>
        {
            Assert.That(second.Count, Is.EqualTo(first.Count));
            Assert.That(first.Count, Is.GreaterThan(100_000));
            Assert.That(second.Roles("förutsättningar") & WordRoles.Word, Is.EqualTo(WordRoles.Word));
            Assert.That(second.DiacriticForms("lansstyrelsen"), Does.Contain("länsstyrelsen"));
        });
    }

    [Test]
    public void MissingHunspellIsSaidOnceAndTheWordListIsUsed()
    {
        var words = Path.Combine(_dir, "swedish");
        File.WriteAllBytes(words, System.Text.Encoding.Latin1.GetBytes("för\nlänet\nföretag\n"));
        var sources = new LexiconSources(Path.Combine(_dir, "none.dic"), Path.Combine(_dir, "none.aff"), words, Path.Combine(_dir, "none.traineddata"), null);
        var log = new StringWriter();
        var lexicon = SwedishLexicon.LoadInstalled(sources, log);
        Assert.Multiple(() =>
        {
            Assert.That(log.ToString(), Does.Contain("hunspell-sv not found"));
            Assert.That(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(lexicon.Roles("länet"), Is.Not.EqualTo(WordRoles.None), "Latin-1 word list read");
            Assert.That(lexicon.Description, Is.EqualTo("wswedish"));
        });
    }
}
