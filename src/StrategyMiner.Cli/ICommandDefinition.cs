using System.CommandLine;

namespace StrategyMiner.Cli;

/// <summary>
/// One top-level <c>strategyminer</c> command. Every implementation in this assembly is found and
/// added to the root command, so a stage adds its command by adding one file under Commands/.
/// </summary>
public interface ICommandDefinition
{
    /// <summary>Builds the command with its options and action.</summary>
    Command Build();
}
