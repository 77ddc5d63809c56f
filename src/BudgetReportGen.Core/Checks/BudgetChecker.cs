using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>
/// Checks a budget against every identity of the disclosure (勾稽关系) and the classification lists.
/// Each finding names its rule (<see cref="Rules"/>), the field path, expected and found values and how to fix it.
/// </summary>
public static class BudgetChecker
{
    /// <param name="catalog">The classification lists; null skips the catalog rules (unknown codes, names, mapping).</param>
    /// <param name="map">Where the fields stand in the file; fills each diagnostic's location.</param>
    public static IReadOnlyList<Diagnostic> Check(BudgetData data, ClassificationCatalog? catalog, CheckOptions options, SourceMap? map = null) =>
        Check(data, FigureCalculator.Compute(data, catalog ?? ClassificationCatalog.Empty), catalog, options, map);

    /// <summary>The same checks on figures the caller has already computed from <paramref name="data"/> with <paramref name="catalog"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(BudgetData data, BudgetFigures figures, ClassificationCatalog? catalog, CheckOptions options, SourceMap? map = null)
    {
        var context = new CheckContext(options.Tolerance, DataNames.Unit(data.Unit));
        RowChecks.Run(context, data);
        YearChecks.Run(context, data);
        TotalChecks.Run(context, data, figures);
        ProjectChecks.Run(context, data, figures);
        ReasonChecks.Run(context, data, figures);
        if (catalog is not null) CatalogChecks.Run(context, data, catalog);
        return context.Diagnostics.Select(d => map is null ? d : map.Place(d)).ToList();
    }

    /// <summary>True when a finding blocks generation.</summary>
    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == Severity.Error);
}
