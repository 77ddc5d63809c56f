using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>
/// What a batch records of one department: its input (with the SHA-256 of its bytes), status, counts of findings, key
/// figures, the files written (paths relative to the output folder, with their SHA-256) and every diagnostic. Written to
/// summary.json, diagnostics.json and manifest.json, and read back by <c>merge-results</c>.
/// </summary>
public sealed record DepartmentRecord
{
    public required string Input { get; init; }
    public required string InputSha256 { get; init; }
    public string? Department { get; init; }
    public int? Year { get; init; }
    public required bool Succeeded { get; init; }
    /// <summary>Why nothing was written (the first error, or the failure), when it was not.</summary>
    public string? Failure { get; init; }
    public int Errors { get; init; }
    public int Warnings { get; init; }
    public KeyFigures? Figures { get; init; }
    public IReadOnlyList<WrittenFile> Outputs { get; init; } = [];
    public IReadOnlyList<DiagnosticRecord> Diagnostics { get; init; } = [];

    public string Status => Succeeded ? "成功" : "失败";
}

/// <summary>The figures a bureau compares across departments, in the pack's unit, rounded half-up to 2 decimals.</summary>
public sealed record KeyFigures(decimal Total, decimal Basic, decimal Project, decimal Fiscal, decimal ThreePublic,
    decimal? ChangeOnLastYear, decimal? ChangePercent)
{
    public static KeyFigures Of(BudgetFigures f, decimal scale)
    {
        decimal Amount(decimal value) => Amounts.RoundHalfUp(value * scale);
        return new KeyFigures(
            Amount(f.Total.Amount), Amount(f.Functional.Sum.Basic), Amount(f.Functional.Sum.Project), Amount(f.FiscalTotal.Amount),
            Amount(f.ThreePublic.Total.Amount),
            f.Total.Change.Change is { } change ? Amount(change) : null,
            f.Total.Change.Percent is { } percent ? Amounts.RoundHalfUp(percent) : null);
    }
}

/// <summary>A diagnostic as the batch files record it.</summary>
public sealed record DiagnosticRecord(string Rule, string Severity, string Message, string Path, string? File, int? Line, int? Column,
    string? Expected, string? Found, string? Fix)
{
    public static DiagnosticRecord Of(Diagnostic d) => new(d.RuleId, d.Severity == Core.Diagnostics.Severity.Error ? "error" : "warning",
        d.Message, d.Path, d.Location?.File, d.Location?.Line, d.Location?.Column, d.Expected, d.Found, d.Fix);
}
