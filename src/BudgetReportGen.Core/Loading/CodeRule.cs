using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>The shape of a classification or department code: digits only, of one of the allowed lengths.</summary>
internal sealed record CodeRule(string What, int[] Lengths, bool MayBeEmpty, string Example)
{
    private static readonly CodeRule Functional = new("支出功能分类科目编码", [3, 5, 7], false, "2080109");
    private static readonly CodeRule Economic = new("部门预算支出经济分类科目编码", [3, 5], false, "30101");

    /// <summary>The rule for a model property, or null when the property is not a code.</summary>
    public static CodeRule? For(Type owner, string property) => (owner.Name, property) switch
    {
        (nameof(FunctionalRow), nameof(FunctionalRow.Code)) => Functional,
        (nameof(EconomicRow), nameof(EconomicRow.Code)) => Economic,
        (nameof(Project), nameof(Project.FunctionalCode)) => Functional with { MayBeEmpty = true },
        (nameof(CodeName), nameof(CodeName.Code)) => new("科目编码", [3, 5, 7], false, "20126"),
        (nameof(StatedSubtotal), nameof(StatedSubtotal.Code)) =>
            new("科目编码（合计行留空）", [3, 5, 7], true, "208"),
        (nameof(Department), nameof(Department.Code)) => new("单位编码", [], false, "013002"),
        (nameof(Department), nameof(Department.RegionCode)) => new("区划编码", [], true, "210300000"),
        _ => null,
    };

    public bool Accepts(string code) =>
        code.Length == 0 ? MayBeEmpty : code.All(char.IsAsciiDigit) && (Lengths.Length == 0 || Lengths.Contains(code.Length));

    /// <summary>What the code must look like: “3、5 或 7 位数字（类/款/项）”.</summary>
    public string Shape() => Lengths.Length == 0
        ? "数字"
        : $"{string.Join("、", Lengths.Take(Lengths.Length - 1))}{(Lengths.Length > 1 ? " 或 " : "")}{Lengths[^1]} 位数字"
          + (Lengths.Length == 3 ? "（类/款/项）" : Lengths.Length == 2 ? "（类/款）" : "");
}
