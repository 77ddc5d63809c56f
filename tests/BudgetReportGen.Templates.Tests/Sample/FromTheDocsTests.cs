using System.Text.RegularExpressions;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>
/// Data files written from the docs, as a new user would: the minimal example of docs/data-format.md, and variants leaving out
/// whatever a department may not have. Each validates with no error in one run and renders sentences an official would sign.
/// </summary>
public class FromTheDocsTests
{
    private static string MinimalExample()
    {
        var docs = File.ReadAllText(RepoFiles.PathOf("docs/data-format.md"));
        var section = docs[docs.IndexOf("## 六、最小示例", StringComparison.Ordinal)..];
        return Regex.Match(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, string Text) Run(string yaml)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("budgetgen-docs-").FullName, "data.yaml");
        File.WriteAllText(file, yaml);
        var (validation, document) = SampleReport.Generator.Render(file, new CheckOptions());
        return (validation.Diagnostics, document is null ? "" : DocumentText.Of(document));
    }

    [Fact]
    public void The_minimal_example_of_the_docs_validates_and_generates_in_one_round()
    {
        var (diagnostics, text) = Run(MinimalExample());
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("本部门2023年无一般公共预算安排的“三公”经费预算。", text);
        Assert.Contains("本部门无车辆。", text);
        Assert.Contains("本单位未设内设机构和分支机构。", text);
        Assert.Contains("2023年本部门没有应编制绩效目标的特定目标类项目。", text);
        // A table title quoted inside quotes takes single quotes for its own: “一般公共预算‘三公’经费支出表”.
        Assert.Contains("“一般公共预算‘三公’经费支出表”", text);
        // The absent sections the pack needs are named as warnings with their field.
        Assert.Contains(diagnostics, d => d is { RuleId: "pack.required", Severity: Severity.Warning, Path: "last_year.total" });
        Assert.Contains(diagnostics, d => d is { RuleId: "pack.required", Severity: Severity.Warning, Path: "assets.as_of" });
        foreach (var broken in new[] { "，。", "0个", "截至，", "共有车辆0辆", "为0%", "{{", "}}" })
            Assert.DoesNotContain(broken, text);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_one_run()
    {
        // No duties (a pack error), an inconsistent total (a check error) and a publish date of the wrong year, all at once.
        var yaml = MinimalExample()
            .Replace("duties:\n  - 负责本市某某工作。\n", "")
            .Replace("publish_date: 2023-02-10", "publish_date: 2024-02-10")
            .Replace("general_public_budget: 115.00", "general_public_budget: 116.00");
        var (diagnostics, text) = Run(yaml);
        Assert.Equal("", text);
        Assert.Contains(diagnostics, d => d.RuleId == "pack.required" && d.Severity == Severity.Error && d.Path == "duties");
        Assert.Contains(diagnostics, d => d.RuleId == "year.publish-date");
        Assert.Contains(diagnostics, d => d.RuleId == "balance.income-equals-expenditure");
    }

    [Fact]
    public void A_code_the_catalog_lacks_is_named_by_the_data_file_never_printed_bare()
    {
        var unknownSection = MinimalExample().Replace("\"2080199\", name: 其他人力资源和社会保障管理事务支出", "\"2089801\", name: 测试项");
        var (errors, refused) = Run(unknownSection);
        Assert.Contains(errors, d => d is { RuleId: "hierarchy.parent-unknown", Severity: Severity.Error, Found: "20898" });
        Assert.Equal("", refused);

        var (warnings, text) = Run(unknownSection + "code_names:\n  - { code: \"20898\", name: 测试款 }\n");
        Assert.DoesNotContain(warnings, d => d.Severity == Severity.Error);
        Assert.Contains(warnings, d => d is { RuleId: "catalog.named-in-data", Found: "20898" });
        Assert.Contains("20898 | 测试款", text);
    }

    [Fact]
    public void Years_that_cannot_be_right_are_errors()
    {
        var yaml = MinimalExample().Replace("year: 2023", "year: 2023\nassets: { as_of: 2024-01 }");
        var (diagnostics, _) = Run(yaml);
        Assert.Contains(diagnostics, d => d is { RuleId: "year.assets-date", Severity: Severity.Error, Path: "assets.as_of" });
    }
}
