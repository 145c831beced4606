namespace StrategyMiner.Store;

/// <summary>A document row: <c>ingesting</c> until its passages are in, then <c>complete</c>; <c>superseded</c> once a revised file with the same name replaced it.</summary>
public sealed record StoredDocument(
    string Id, string FileName, string Path, string? Region, string? Title, int? Year, int PageCount,
    string Status, string AddedAt, string? CompletedAt);
