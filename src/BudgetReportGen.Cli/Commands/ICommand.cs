namespace BudgetReportGen.Cli.Commands;

/// <summary>A <c>budgetgen</c> command: its name on the command line, a one-line summary for --help, its usage text, and its run.</summary>
public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }

    /// <summary>Runs with the arguments after the command name; returns the exit code (<see cref="ExitCodes"/>).</summary>
    int Run(IReadOnlyList<string> args, CliContext context);
}
