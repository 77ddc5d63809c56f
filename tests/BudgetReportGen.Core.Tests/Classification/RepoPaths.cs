using BudgetReportGen.Core.Classification;

namespace BudgetReportGen.Core.Tests.Classification;

/// <summary>Paths inside the repository (found from the test binaries upward) and the shipped catalog, loaded once.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Classifications => Path.Combine(Root, "templates", "liaoning-2023", "classifications");

    private static readonly Lazy<ClassificationCatalog> Shipped = new(() => ClassificationCatalog.Load(Classifications));

    public static ClassificationCatalog Catalog => Shipped.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("BudgetReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
