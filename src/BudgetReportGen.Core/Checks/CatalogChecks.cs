using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>Row codes and names against the classification lists, and the economic codes against the mapping to the government economic classification.</summary>
internal static class CatalogChecks
{
    public static void Run(CheckContext c, BudgetData data, ClassificationCatalog catalog)
    {
        var reportedParents = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Expenditures.Count; i++)
            Entry(c, $"expenditures[{i}]", data.Expenditures[i].Code, data.Expenditures[i].Name, catalog.Functional,
                ClassificationCatalog.FunctionalLevels, "支出功能分类", ClassificationCatalog.FunctionalFile, reportedParents, data.CodeNames);

        foreach (var (list, rows) in new[] { ("economic_basic", data.EconomicBasic), ("economic_project", data.EconomicProject) })
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var (row, path) = (rows[i], $"{list}[{i}]");
                if (!Entry(c, path, row.Code, row.Name, catalog.EconomicDepartment, ClassificationCatalog.EconomicLevels, "部门预算支出经济分类",
                        ClassificationCatalog.EconomicDepartmentFile, reportedParents, data.CodeNames)) continue;
                if (catalog.Mapping.ToGovernment(row.Code, data.Department.Kind) is null)
                    c.Report(Rules.UnmappedCode, $"{path}.code",
                        $"经济分类 {row.Code} {row.Name} 在 {ClassificationCatalog.MappingFile} 中没有对应的政府预算经济分类，按政府预算经济分类列示时将按原编码列示。",
                        found: row.Code);
            }
        }
    }

    /// <summary>Checks one row's code, name and parents; false when the code is malformed (reported by hierarchy.code-format).</summary>
    private static bool Entry(CheckContext c, string path, string code, string name, ClassificationList list, IReadOnlyList<int> levels,
        string listName, string file, HashSet<string> reportedParents, IReadOnlyList<CodeName> names)
    {
        if (code.Length != levels[^1] || !code.All(char.IsAsciiDigit)) return false;
        var official = list.NameOf(code);
        if (official is null)
            c.Report(Rules.UnknownCode, $"{path}.code", $"编码 {code}（{name}）不在{listName}（{file}）中。", found: code);
        else if (official != name.Trim())
            c.Report(Rules.NameMismatch, $"{path}.name", $"编码 {code} 的名称“{name}”与{listName}的“{official}”不同。", official, name);

        foreach (var parent in levels.Where(l => l < code.Length).Select(l => code[..l]))
        {
            if (list.Contains(parent) || !reportedParents.Add(parent)) continue;
            var named = names.FirstOrDefault(n => n.Code == parent);
            if (named is null)
                c.Report(Rules.ParentUnknown, $"{path}.code",
                    $"编码 {code} 的上级科目 {parent} 不在{listName}（{file}）中，表中该科目没有名称可印。", found: parent,
                    fix: $"在数据文件的 code_names 中写明 {parent} 的名称（如 - {{ code: \"{parent}\", name: 科目名称 }}），或请模板包维护者在 classifications/{file} 中补充该科目。");
            else
                c.Report(Rules.NamedInData, $"{path}.code",
                    $"科目 {parent}“{named.Name}”不在{listName}（{file}）中，报告使用数据文件 code_names 中的名称。", found: parent,
                    fix: $"请模板包维护者在 classifications/{file} 中补充 {parent},{named.Name}。");
        }
        return true;
    }
}
