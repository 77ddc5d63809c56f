using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// What loading a data file gives: the data (null whenever <see cref="Diagnostics"/> holds an error — a file with any
/// error is never half-used), where each field stands in the file, and the problems found.
/// </summary>
public sealed record LoadResult(BudgetData? Data, SourceMap SourceMap, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
