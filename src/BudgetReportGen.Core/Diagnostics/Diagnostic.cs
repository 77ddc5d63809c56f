namespace BudgetReportGen.Core.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// A place in a source file: 1-based line and column of a text file, or, when <see cref="Sheet"/> is set, a cell of a
/// workbook (<see cref="Line"/> is the row, <see cref="Column"/> the column number: 支出功能分类!C14 is row 14, column 3).
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column, string? Sheet = null)
{
    /// <summary>The cell reference (C14) of a workbook location; null for a text file.</summary>
    public string? Cell => Sheet is null ? null : CellReference(Line, Column);

    /// <summary>Where a person looks: <c>file:12:5</c> in a text file, <c>file:支出功能分类!C14</c> in a workbook.</summary>
    public string Place => Sheet is null ? $"{Line}:{Column}" : $"{Sheet}!{Cell}";

    public override string ToString() => $"{File}:{Place}";

    /// <summary>The A1-style reference of a 1-based row and column: (14, 3) → C14.</summary>
    public static string CellReference(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
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
