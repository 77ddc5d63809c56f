namespace BudgetReportGen.Core.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A place in a source file (1-based line and column).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>
/// One finding about a data file: a stable <see cref="RuleId"/> (e.g. "balance.income-equals-expenditure", "syntax"),
/// its severity, a Chinese message saying what is wrong, the field path it concerns ("expenditures[3].project"),
/// where that is in the file, the expected and the found value when there are two, and how to fix it.
/// </summary>
public sealed record Diagnostic(
    string RuleId,
    Severity Severity,
    string Message,
    string Path,
    SourceLocation? Location = null,
    string? Expected = null,
    string? Found = null,
    string? Fix = null);
