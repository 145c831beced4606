using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace StrategyMiner.Store;

/// <summary>
/// The SQLite evidence store: documents, pages, passages, codings, reviews and the audit log in
/// one file. Every write runs in a transaction, so a killed process leaves either the whole
/// write or nothing. Not thread-safe: the pipeline writes from one place.
/// </summary>
public sealed partial class EvidenceStore : IDisposable
{
    private readonly SqliteConnection _connection;

    // SQL condition on a coding row aliased c: it belongs to the newest run of its method for its
    // passage, so a retrained coder's suggestions replace the old ones everywhere (queue, review,
    // status, summary, export).
    internal const string NewestCoderVersion =
        "c.model_version = (SELECT newest.model_version FROM coding_runs newest WHERE newest.passage_id = c.passage_id AND newest.method = c.method ORDER BY newest.coded_at DESC, newest.rowid DESC LIMIT 1)";

    private EvidenceStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The schema version after migrations (SQLite's user_version).</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>The highest schema version this build knows.</summary>
    public static int LatestSchemaVersion => Migrations.Value.Count == 0 ? 0 : Migrations.Value[^1].Version;

    /// <summary>Opens (creating if needed) the store and applies pending migrations.</summary>
    /// <exception cref="StoreException">The file is not a StrategyMiner store, is newer than this build, or cannot be opened.</exception>
    public static EvidenceStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
            throw new StoreException($"cannot open store {full}: folder {folder} does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new EvidenceStore(full, connection);
            store.Execute("PRAGMA journal_mode = WAL");
            store.Execute("PRAGMA synchronous = NORMAL");
            store.Execute("PRAGMA foreign_keys = ON");
            store.Execute("PRAGMA busy_timeout = 10000");
            store.Migrate();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"cannot open store {full}: {ex.SqliteErrorCode switch { 26 => "not a SQLite database", _ => ex.Message }}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Migrate()
    {
        var current = SchemaVersion;
        if (current > LatestSchemaVersion)
            throw new StoreException($"store {Path} has schema version {current}, newer than this program's {LatestSchemaVersion}; update StrategyMiner");
        if (current == 0 && Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'") is long n && n > 0)
            throw new StoreException($"{Path} is a SQLite database but not a StrategyMiner store");
        foreach (var migration in Migrations.Value.Where(m => m.Version > current))
        {
            using var tx = _connection.BeginTransaction();
            using (var cmd = _connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = migration.Sql + $";\nPRAGMA user_version = {migration.Version};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    private sealed record Migration(int Version, string Name, string Sql);

    private static readonly Lazy<IReadOnlyList<Migration>> Migrations = new(() =>
    {
        var assembly = typeof(EvidenceStore).Assembly;
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name["Migrations.".Length..];
            var version = int.Parse(file[..4], CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            list.Add(new Migration(version, file, reader.ReadToEnd()));
        }
        return list;
    });

    /// <summary>Runs <paramref name="work"/> in one transaction; rolls back if it throws.</summary>
    internal T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        using var tx = _connection.BeginTransaction();
        var result = work(tx);
        tx.Commit();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction; rolls back if it throws.</summary>
    internal void InTransaction(Action<SqliteTransaction> work) => InTransaction(tx => { work(tx); return 0; });

    internal SqliteCommand Command(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    internal int Execute(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        return cmd.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    internal List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }

    internal static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public void Dispose()
    {
        _connection.Dispose();
    }
}
