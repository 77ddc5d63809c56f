using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetReportGen.Bench;

/// <summary>
/// A large department made from the sample: its first <c>rows</c> functional 项 (7-digit codes of the pack's functional.csv),
/// each with personnel, public and (for the first <c>projects</c>) project spending, and that many projects, each with the
/// sample's first project's indicators. Every total agrees, so it passes the checks. Small on purpose: the seeded department
/// generator (<c>budgetgen sample</c>) can replace it when it lands.
/// The pack's glossary explains only the sample's 项 and its template cannot render a 项 missing from it (found here; for the
/// template's owners), so <see cref="PackCopy"/> makes a copy of the pack whose glossary has a line for every 项.
/// </summary>
internal static partial class LargeDepartment
{
    [GeneratedRegex(@"^(?=[a-z_]+:)", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();

    /// <summary>A copy of the pack in <paramref name="target"/> with a glossary line for every functional 项 that lacks one.</summary>
    public static string PackCopy(string pack, string target)
    {
        foreach (var file in Directory.GetFiles(pack, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(pack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
        var glossary = Path.Combine(target, "glossary.csv");
        var known = File.ReadAllLines(glossary).Select(l => l.Split(',')[0]).ToHashSet();
        var missing = File.ReadAllLines(Path.Combine(pack, "classifications", "functional.csv"))
            .Select(l => l.Split(',', 2)).Where(f => f.Length == 2 && f[0].Length == 7 && !known.Contains(f[0]));
        File.AppendAllLines(glossary, missing.Select(f => $"{f[0]},反映{f[1]}方面的支出。"));
        return target;
    }

    public static string Yaml(string sampleYaml, string functionalCsv, int rows = 150, int projects = 30, string? name = null)
    {
        var items = functionalCsv.Split('\n').Skip(1).Select(l => l.Trim().Split(',', 2))
            .Where(f => f.Length == 2 && f[0].Length == 7).Take(rows).ToList();
        if (items.Count < rows || projects > rows) throw new ArgumentException($"functional.csv has only {items.Count} 项 codes.");
        var sections = TopLevelKey().Split(sampleYaml).Where(s => s.Length > 0)
            .ToDictionary(s => s[..s.IndexOf(':')], s => s);
        decimal personnel = rows * 1.00m, publicFunds = rows * 0.50m, project = projects * 2.00m, total = personnel + publicFunds + project;
        string N(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

        sections["income"] = $"income:\n  this_year:\n    general_public_budget: {N(total)}\n  carryover: {{}}\n\n";
        sections["expenditures"] = "expenditures:\n" + string.Concat(items.Select((r, i) =>
            $"  - {{ code: \"{r[0]}\", name: \"{r[1]}\", personnel: 1.00, public: 0.50, project: {(i < projects ? "2.00" : "0")}, source: general_public_budget }}\n")) + "\n";
        sections["economic_basic"] = "economic_basic:\n"
            + $"  - {{ code: \"30101\", name: 基本工资, personnel: {N(personnel)}, public: 0 }}\n"
            + $"  - {{ code: \"30201\", name: 办公费, personnel: 0, public: {N(publicFunds - 9)} }}\n"
            + "  - { code: \"30217\", name: 公务接待费, personnel: 0, public: 1.00 }\n"
            + "  - { code: \"30231\", name: 公务用车运行维护费, personnel: 0, public: 8.00 }\n\n";
        sections["economic_project"] = $"economic_project:\n  - {{ code: \"30299\", name: 其他商品和服务支出, project: {N(project)} }}\n\n";
        sections.Remove("stated_subtotals");
        sections["operating_costs"] = $"operating_costs:\n  amount: {N(publicFunds)}\n  last_year: {N(publicFunds + 10)}\n  reason: 压减一般性支出。\n\n";

        var firstProject = sections["projects"].Split("\n  - name: ")[1];
        var indicators = firstProject[firstProject.IndexOf("    indicators:", StringComparison.Ordinal)..].TrimEnd() + "\n";
        sections["projects"] = "projects:\n" + string.Concat(Enumerable.Range(0, projects).Select(i =>
            $"  - name: 项目{i + 1:D2}（{items[i][1]}）\n    category: 其他运转类\n    functional_code: \"{items[i][0]}\"\n"
            + "    this_year: { general_public_budget: 2.00 }\n    special_fund: true\n    goal: 保障单位正常运转。\n" + indicators + "\n"));
        sections["performance"] = Regex.Replace(sections["performance"], @"  tasks:\n(    - .*\n)+",
            $"  tasks:\n    - {{ name: 基本支出人员经费, amount: {N(personnel)} }}\n    - {{ name: 基本支出公用经费, amount: {N(publicFunds)} }}\n");
        sections["last_year"] = $"last_year:\n  total: {N(total - 10)}\n  fiscal_total: {N(total - 10)}\n";

        var yaml = string.Concat(sections.Values);
        return name is null ? yaml : yaml.Replace("鞍山市社会保险事业服务中心", name, StringComparison.Ordinal);
    }
}
