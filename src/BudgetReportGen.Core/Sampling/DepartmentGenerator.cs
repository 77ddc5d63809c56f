using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Sampling;

/// <summary>What the generator makes: the budget year and how many departments together carry every 项 code of the catalog.</summary>
public sealed record SampleOptions
{
    public int Year { get; init; } = 2023;

    /// <summary>Departments 0 … CoverWithin−1 together have a row for every 项 code of the catalog (dealt round-robin).</summary>
    public int CoverWithin { get; init; } = 250;

    /// <summary>The most functional rows a department has.</summary>
    public const int MaxRows = 150;

    /// <summary>The most projects a department has.</summary>
    public const int MaxProjects = 30;
}

/// <summary>
/// Makes realistic, internally consistent sample departments from a classification catalog: the same seed and index always
/// give the same department. Every department passes <see cref="Checks.BudgetChecker"/> without an error or a warning: the
/// functional rows are drawn first and every other figure is derived from them (income by source, economic rows per
/// funding source, projects per 项 code, “三公” rows carved out of the general-public-budget 公用经费, table 17's tasks).
/// Which optional sections a department has follows <see cref="SampleVariety.For"/>.
/// </summary>
public sealed class DepartmentGenerator
{
    internal static readonly string[] ThreePublicEconomicCodes = ["30212", "30217", "30231", "30913", "31013"];

    private readonly ClassificationCatalog _catalog;

    public DepartmentGenerator(ClassificationCatalog catalog, SampleOptions? options = null)
    {
        _catalog = catalog;
        Options = options ?? new SampleOptions();
        ItemCodes = catalog.Functional.Entries.Where(e => e.Code.Length == 7).ToList();
        if (ItemCodes.Count == 0) throw new ArgumentException("分类目录中没有支出功能分类“项”级（7 位）编码，无法生成示例数据。", nameof(catalog));
        var mapped = catalog.EconomicDepartment.Entries
            .Where(e => e.Code.Length == 5 && catalog.Mapping.ToGovernment(e.Code, UnitKind.Administrative) is not null
                        && catalog.Mapping.ToGovernment(e.Code, UnitKind.Institution) is not null)
            .Where(e => !ThreePublicEconomicCodes.Contains(e.Code))
            .ToList();
        PersonnelCodes = mapped.Where(e => e.Code.StartsWith("301", StringComparison.Ordinal) || e.Code.StartsWith("303", StringComparison.Ordinal)).ToList();
        PublicCodes = mapped.Where(e => e.Code.StartsWith("302", StringComparison.Ordinal)).ToList();
        ProjectCodes = mapped.Where(e => e.Code[..3] is "302" or "303" or "309" or "310").ToList();
        if (PersonnelCodes.Count == 0 || PublicCodes.Count == 0 || ProjectCodes.Count == 0)
            throw new ArgumentException("分类目录中缺少可用的部门预算支出经济分类“款”（301/302/303/310 类，且在对照表中），无法生成示例数据。", nameof(catalog));
    }

    public SampleOptions Options { get; }

    internal IReadOnlyList<ClassificationEntry> ItemCodes { get; }
    internal IReadOnlyList<ClassificationEntry> PersonnelCodes { get; }
    internal IReadOnlyList<ClassificationEntry> PublicCodes { get; }
    internal IReadOnlyList<ClassificationEntry> ProjectCodes { get; }
    internal ClassificationCatalog Catalog => _catalog;

    /// <summary>The 项 codes department <paramref name="index"/> is dealt (it has a row for each): consecutive blocks of the
    /// catalog, sized so that departments 0 … <see cref="SampleOptions.CoverWithin"/>−1 hold them all.</summary>
    public IReadOnlyList<string> DealtCodes(int index)
    {
        var count = ItemCodes.Count;
        var block = Math.Min(SampleOptions.MaxRows, (count + Options.CoverWithin - 1) / Math.Max(1, Options.CoverWithin));
        return Enumerable.Range(0, block).Select(j => ItemCodes[(int)(((long)index * block + j) % count)].Code).Distinct().ToList();
    }

    /// <summary>Department <paramref name="index"/> of the corpus made from <paramref name="seed"/>.</summary>
    public BudgetData Generate(int seed, int index) => new DepartmentBuilder(this, Mix(seed, index), index).Build();

    /// <summary>One number from seed and index, the same on every machine and run (not <see cref="HashCode"/>, which is randomised per process).</summary>
    private static int Mix(int seed, int index)
    {
        unchecked
        {
            var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)index + 0x632BE59BD9B4E019UL) * 0xBF58476D1CE4E5B9UL;
            x ^= x >> 31;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 29;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
