using BudgetReportGen.Templates.Generation;
using Spectre.Console;

namespace BudgetReportGen.Cli;

/// <summary>What a command runs with: the console for human-readable output (coloured on a terminal), the raw output
/// for machine-readable text, and how a template pack folder becomes a generator (parsed once per process; tests may replace it).</summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter Output, Func<string, ReportGenerator> OpenPack)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ReportGenerator>> Packs = new();

    /// <summary>Loads each pack folder once per process.</summary>
    public static ReportGenerator OpenPackOnce(string folder) =>
        Packs.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<ReportGenerator>(() => ReportGenerator.Load(f))).Value;
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Errors = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
}
