using StrategyMiner.Documents;
using StrategyMiner.Store;

namespace StrategyMiner.Coding.Tests;

/// <summary>A real SQLite store in a temporary folder, deleted on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sm-coding-" + Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "store.db");
        Store = EvidenceStore.Open(Path);
    }

    public string Path { get; }

    public EvidenceStore Store { get; private set; }

    /// <summary>Adds one complete document whose passages are the given texts; returns the passage ids.</summary>
    public IReadOnlyList<string> AddDocument(string fileName, IReadOnlyList<string> texts, string region = "Värmland")
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileName)))[..16];
        var document = new DocumentInfo(id, fileName, region, "Värmlandsstrategin 2040", 2025, 10);
        Store.BeginDocument(document, System.IO.Path.Combine(_folder, fileName));
        var passages = texts.Select((t, i) => new Passage($"{id}-{i:D5}", id, i, [1 + i / 5], "Genomförande › Handlingsplaner", PageSource.TextLayer, t)).ToList();
        Store.CompleteDocument(id, passages);
        return passages.Select(p => p.Id).ToList();
    }

    /// <summary>Closes and reopens the store, as a second run of the program would.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = EvidenceStore.Open(Path);
    }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
