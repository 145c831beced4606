using System.CommandLine;

namespace StrategyMiner.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary>The environment variable that names the store when <c>--db</c> is not given.</summary>
    public const string DbEnvironmentVariable = "STRATEGYMINER_DB";

    /// <summary>A new <c>--db FILE</c> option (options cannot be shared between commands).</summary>
    public static Option<FileInfo?> Db() => new("--db")
    {
        Description = $"The SQLite evidence store (default: ${DbEnvironmentVariable}, else strategyminer.db in the working folder).",
    };

    /// <summary>Where the store is: <c>--db</c>, then the environment, then the working folder.</summary>
    public static string ResolveDb(FileInfo? db)
    {
        if (db is not null) return db.FullName;
        var env = Environment.GetEnvironmentVariable(DbEnvironmentVariable);
        return Path.GetFullPath(string.IsNullOrWhiteSpace(env) ? "strategyminer.db" : env);
    }

    /// <summary>A new <c>--max-pages N</c> option: files with more pages are rejected unread.</summary>
    public static Option<int> MaxPages()
    {
        var option = new Option<int>("--max-pages")
        {
            Description = $"Reject files with more pages than this, unread (default {Extraction.PdfPigExtractor.DefaultMaxPages}; a strategy has tens to a few hundred).",
            DefaultValueFactory = _ => Extraction.PdfPigExtractor.DefaultMaxPages,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--max-pages must be at least 1.");
        });
        return option;
    }
}
