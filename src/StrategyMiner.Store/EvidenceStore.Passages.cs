using Microsoft.Data.Sqlite;

namespace StrategyMiner.Store;

public sealed partial class EvidenceStore
{
    internal const string PassageSelect =
        """
        SELECT p.id, p.document_id, d.file_name, d.region, p.ordinal, p.pages_json, p.heading, p.source, p.text, p.confidence,
               d.title, d.year, p.disputed_json
        FROM passages p JOIN documents d ON d.id = p.document_id
        """;

    internal static StoredPassage ReadPassage(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4),
        Json.Read<List<int>>(r.GetString(5)), r.GetString(6), r.GetString(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetDouble(9))
    {
        Title = r.IsDBNull(10) ? null : r.GetString(10),
        Year = r.IsDBNull(11) ? null : r.GetInt32(11),
        Disputed = r.IsDBNull(12) ? [] : Json.Read<List<string>>(r.GetString(12)),
    };

    /// <summary>Passages of complete documents (one document's, or all) in reading order.</summary>
    public IReadOnlyList<StoredPassage> GetPassages(string? documentId = null) => documentId is null
        ? Query($"{PassageSelect} WHERE d.status = 'complete' ORDER BY coalesce(d.region, d.file_name), d.file_name, p.ordinal", ReadPassage)
        : Query($"{PassageSelect} WHERE d.status = 'complete' AND d.id = $doc ORDER BY p.ordinal", ReadPassage, null, ("$doc", documentId));

    /// <summary>One passage (from any revision), or null.</summary>
    public StoredPassage? FindPassage(string passageId) =>
        Query($"{PassageSelect} WHERE p.id = $id", ReadPassage, null, ("$id", passageId)).FirstOrDefault();

    /// <summary>Where a passage sits on its pages, when boxes are known.</summary>
    public IReadOnlyList<StrategyMiner.Documents.PageBox> GetPassageBoxes(string passageId) =>
        Scalar("SELECT boxes_json FROM passages WHERE id = $id", null, ("$id", passageId)) is string json ? PageJson.ReadBoxes(json) : [];
}
