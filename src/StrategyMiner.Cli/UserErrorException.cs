namespace StrategyMiner.Cli;

/// <summary>
/// A problem the user can fix (bad path, bad option, unreadable file). Printed as one line on
/// standard error, never with a stack trace, and turned into the given exit code.
/// </summary>
public sealed class UserErrorException(string message, int exitCode = ExitCodes.UsageError) : Exception(message)
{
    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>Exit codes of the <c>strategyminer</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs of a batch failed; the others went in.</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>Bad arguments, missing files or a store that cannot be opened.</summary>
    public const int UsageError = 2;
    /// <summary>An unexpected internal error.</summary>
    public const int InternalError = 70;
}
