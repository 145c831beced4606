using StrategyMiner.Documents;
using StrategyMiner.Store;
using StrategyMiner.Text;

namespace StrategyMiner.Store.Tests;

/// <summary>A store in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Directory.CreateTempSubdirectory("sm-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "strategyminer.db");
        Store = EvidenceStore.Open(Path);
    }

    public string Folder { get; }
    public string Path { get; }
    public EvidenceStore Store { get; private set; }

    public EvidenceStore Reopen()
    {
        Store.Dispose();
        Store = EvidenceStore.Open(Path);
        return Store;
    }

    public static DocumentInfo Doc(string id, string file = "dalarna.pdf", string region = "Dalarna") =>
        new(id, file, region, "Dalastrategin 2030", 2021, 2);

    public static Passage Passage(string file, int ordinal, string text, int page = 1) =>
        new(TextNormalizer.Hash(16, file, TextNormalizer.Normalize(text), "0"), "", ordinal, [page], "1 Inledning", PageSource.TextLayer, text);

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
