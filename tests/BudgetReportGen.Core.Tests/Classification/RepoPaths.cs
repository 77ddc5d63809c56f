using BudgetReportGen.Core.Classification;

namespace BudgetReportGen.Core.Tests.Classification;

/// <summary>Paths inside the repository (found from the test binaries upward) and the shipped catalog, loaded once.</summary>
internal static class RepoPaths
{
    public static string Root => BudgetReportGen.Tests.Shared.RepoFiles.Root;

    public static string Classifications => Path.Combine(Root, "templates", "liaoning-2023", "classifications");

    private static readonly Lazy<ClassificationCatalog> Shipped = new(() => ClassificationCatalog.Load(Classifications));

    public static ClassificationCatalog Catalog => Shipped.Value;
}
