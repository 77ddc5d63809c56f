using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Core.Checks;

/// <summary>Collects the findings of one check run; <see cref="Agree"/> is the one way amounts are compared.</summary>
internal sealed class CheckContext(decimal tolerance, string unit)
{
    public List<Diagnostic> Diagnostics { get; } = [];

    public void Report(Rule rule, string path, string message, string? expected = null, string? found = null, string? fix = null) =>
        Diagnostics.Add(new Diagnostic(rule.Id, rule.Severity, message, path, null, expected, found, fix ?? rule.Fix));

    /// <summary>Reports <paramref name="rule"/> at <paramref name="path"/> when <paramref name="found"/> differs from
    /// <paramref name="expected"/> by more than the tolerance; <paramref name="what"/> names the compared figures.</summary>
    public bool Agree(Rule rule, string path, string what, decimal expected, decimal found, string? fix = null)
    {
        if (Math.Abs(expected - found) <= tolerance) return true;
        Report(rule, path, $"{what}不一致：应为 {Amount(expected)}，实为 {Amount(found)}（相差 {Amount(found - expected)}）。",
            Amounts.FormatExact(expected), Amounts.FormatExact(found), fix);
        return false;
    }

    public string Amount(decimal value) => $"{Amounts.FormatExact(value)} {unit}";
}
