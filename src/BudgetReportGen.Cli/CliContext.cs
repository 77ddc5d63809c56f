using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Model;
using Spectre.Console;

namespace BudgetReportGen.Cli;

/// <summary>The identity checks run after a file loads cleanly (勾稽关系; see <see cref="Program.DefaultChecker"/>).</summary>
public delegate IEnumerable<Diagnostic> DataChecker(BudgetData data, SourceMap sourceMap);

/// <summary>What a command runs with: the console for human-readable output (coloured on a terminal), the raw output
/// for machine-readable text, and the checks to run after loading (null: loader findings only).</summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter Output, DataChecker? Checker);

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Errors = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
}
