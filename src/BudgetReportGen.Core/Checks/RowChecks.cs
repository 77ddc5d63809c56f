using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>The file as a whole and its rows one by one: year, names, codes, duplicates, row arithmetic, stated subtotals.</summary>
internal static class RowChecks
{
    public static void Run(CheckContext c, BudgetData data)
    {
        if (data.Year is < 2000 or > 2100)
            c.Report(Rules.YearRange, "year", $"年度 {data.Year} 不在 2000–2100 之间。", "2000–2100", data.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (data.Department.Names.Count == 0)
            c.Report(Rules.DepartmentName, "department.names", "没有填写部门名称。");
        for (var i = 0; i < data.Department.Names.Count; i++)
            if (string.IsNullOrWhiteSpace(data.Department.Names[i]))
                c.Report(Rules.DepartmentName, $"department.names[{i}]", $"第 {i + 1} 个部门名称为空。");

        for (var i = 0; i < data.Expenditures.Count; i++)
        {
            var (row, path) = (data.Expenditures[i], $"expenditures[{i}]");
            RequireCode(c, path, row.Code, row.Name, 7, "支出功能分类项级");
            if (row.StatedTotal is { } stated)
                c.Agree(Rules.RowBasicSplit, $"{path}.stated_total", $"支出行 {row.Code} {row.Name} 写明的合计与“人员经费 + 公用经费 + 项目支出”", row.Total, stated);
            NotNegative(c, path, $"支出行 {row.Code} {row.Name}", ("personnel", row.Personnel), ("public", row.Public), ("project", row.Project),
                ("last_year", row.LastYear ?? 0));
        }
        Duplicates(c, "expenditures", data.Expenditures, r => (r.Code, r.Source, r.Carryover), r => r.Code, r => SourceLabel(r.Source, r.Carryover));

        Economic(c, "economic_basic", data.EconomicBasic, project: false);
        Economic(c, "economic_project", data.EconomicProject, project: true);
        StatedSubtotals(c, data);
    }

    private static void Economic(CheckContext c, string list, IReadOnlyList<EconomicRow> rows, bool project)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, path) = (rows[i], $"{list}[{i}]");
            RequireCode(c, path, row.Code, row.Name, 5, "经济分类款级");
            NotNegative(c, path, $"经济分类行 {row.Code} {row.Name}", ("personnel", row.Personnel), ("public", row.Public), ("project", row.Project));
            var misplaced = project
                ? new[] { ("personnel", row.Personnel), ("public", row.Public) }.Where(f => f.Item2 != 0)
                : new[] { ("project", row.Project) }.Where(f => f.Item2 != 0);
            foreach (var (field, value) in misplaced)
                c.Report(Rules.EconomicRowKind, $"{path}.{field}",
                    $"{(project ? "项目支出" : "基本支出")}经济分类行 {row.Code} {row.Name} 的 {field} 应为 0，实为 {c.Amount(value)}。", "0.00",
                    Computation.Amounts.FormatExact(value));
        }
        Duplicates(c, list, rows, r => (r.Code, r.Source, r.Carryover), r => r.Code, r => SourceLabel(r.Source, r.Carryover));
    }

    private static void StatedSubtotals(CheckContext c, BudgetData data)
    {
        for (var i = 0; i < data.StatedSubtotals.Count; i++)
        {
            var (subtotal, path) = (data.StatedSubtotals[i], $"stated_subtotals[{i}]");
            var totals = subtotal.Classification switch
            {
                SubtotalClassification.Functional => data.Expenditures.Select(r => (r.Code, r.Total)),
                SubtotalClassification.EconomicBasic => data.EconomicBasic.Select(r => (r.Code, r.Total)),
                _ => data.EconomicProject.Select(r => (r.Code, r.Total)),
            };
            var under = totals.Where(r => r.Code.StartsWith(subtotal.Code, StringComparison.Ordinal)).ToList();
            var label = subtotal.Code.Length == 0 ? "合计" : subtotal.Code;
            if (subtotal.Code.Length is not (0 or 3 or 5) || !subtotal.Code.All(char.IsAsciiDigit) || under.Count == 0)
                c.Report(Rules.SubtotalCode, $"{path}.code",
                    $"{DataNames.Label(subtotal.Classification)}小计的编码“{subtotal.Code}”没有对应的数据行（编码应为空、3 位类或 5 位款，且其下有行）。");
            else
                c.Agree(Rules.Subtotal, $"{path}.total", $"{DataNames.Label(subtotal.Classification)} {label} 写明的小计与其下各行之和",
                    under.Sum(r => r.Total), subtotal.Total);
        }
    }

    private static void RequireCode(CheckContext c, string path, string code, string name, int length, string level)
    {
        if (code.Length != length || !code.All(char.IsAsciiDigit))
            c.Report(Rules.CodeFormat, $"{path}.code", $"“{name}”的编码“{code}”无效：{level}编码应为 {length} 位数字。", $"{length} 位数字", code);
    }

    private static void NotNegative(CheckContext c, string path, string what, params (string Field, decimal Value)[] fields)
    {
        foreach (var (field, value) in fields.Where(f => f.Value < 0))
            c.Report(Rules.NegativeAmount, $"{path}.{field}", $"{what}的 {field} 为负数（{c.Amount(value)}）。", "≥ 0",
                Computation.Amounts.FormatExact(value));
    }

    private static string SourceLabel(FundingSource source, bool carryover) => $"{DataNames.Label(source)}{(carryover ? "（上年结转）" : "")}";

    private static void Duplicates<T, TKey>(CheckContext c, string list, IReadOnlyList<T> rows, Func<T, TKey> key, Func<T, string> code,
        Func<T, string> source) where TKey : notnull
    {
        var seen = new Dictionary<TKey, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!seen.TryAdd(key(rows[i]), i))
                c.Report(Rules.DuplicateRow, $"{list}[{i}].code",
                    $"{list} 第 {i + 1} 行与第 {seen[key(rows[i])] + 1} 行重复：编码 {code(rows[i])}、资金来源 {source(rows[i])}相同。");
        }
    }
}
