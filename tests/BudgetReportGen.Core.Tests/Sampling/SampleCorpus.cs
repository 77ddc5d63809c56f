using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Sampling;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Core.Tests.Sampling;

/// <summary>The pack's catalog and a corpus of 300 generated departments (fixed seed), made once for the sampling tests.</summary>
internal static class SampleCorpus
{
    public const int Seed = 20230210;
    public const int Count = 300;

    private static readonly Lazy<ClassificationCatalog> LazyCatalog =
        new(() => ClassificationCatalog.Load(RepoFiles.PathOf("templates/liaoning-2023/classifications")));

    public static DepartmentGenerator Generator { get; } = new(LazyCatalog.Value);

    private static readonly Lazy<IReadOnlyList<BudgetData>> LazyDepartments =
        new(() => Enumerable.Range(0, Count).AsParallel().AsOrdered().Select(i => Generator.Generate(Seed, i)).ToList());

    public static ClassificationCatalog Catalog => LazyCatalog.Value;
    public static IReadOnlyList<BudgetData> Departments => LazyDepartments.Value;
}
