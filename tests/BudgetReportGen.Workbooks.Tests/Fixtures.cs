using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Workbooks.Tests;

/// <summary>The sample data, the liaoning-2023 pack and its catalog, loaded once.</summary>
internal static class Fixtures
{
    private static readonly Lazy<ReportGenerator> LazyGenerator = new(() => ReportGenerator.Load(RepoFiles.PathOf("templates/liaoning-2023")));

    public static ReportGenerator Generator => LazyGenerator.Value;
    public static ClassificationCatalog Catalog => Generator.Catalog;
    public static BudgetData Sample => BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!;

    /// <summary>A fresh temporary folder.</summary>
    public static string TempFolder() => Directory.CreateTempSubdirectory("BudgetReportGen.Workbooks.Tests.").FullName;
}
