using BudgetReportGen.Tests.Shared;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Tests.Loading;

/// <summary>Single rules of the loader on small texts built around a valid minimal file.</summary>
public class LoaderRuleTests
{
    private const string Header = """
        year: 2023
        publish_date: 2023-02-10
        department:
          names: [某某单位]
          code: "001001"
          kind: 行政
          supervisor: 某某局
        income:
          this_year:
            general_public_budget: 100

        """; // 10 lines, then the case's own lines from line 11

    private static Diagnostic Single(string tail, string file = "t.yaml")
    {
        var result = BudgetDataLoader.Load(Header + tail, file);
        Assert.Null(result.Data);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence()
    {
        var d = Single("year: 2024\n");
        Assert.Equal("schema.duplicate-key", d.RuleId);
        Assert.Contains("第一次在第 1 行", d.Message);
        Assert.Equal(new SourceLocation("t.yaml", 11, 1), d.Location);
    }

    [Fact]
    public void Bad_enum_value_lists_the_allowed_values_and_suggests_one()
    {
        var d = Single("unit: 万圆\n");
        Assert.Equal("schema.enum", d.RuleId);
        Assert.Contains("元、万元", d.Message);
        Assert.Contains("是否想写“万元”", d.Message);
        Assert.Equal("unit", d.Path);
        Assert.Equal((11, 7), (d.Location!.Value.Line, d.Location.Value.Column));
    }

    [Fact]
    public void Unknown_funding_source_key_suggests_the_right_one()
    {
        var d = Single("projects:\n  - name: 甲\n    this_year: { general_public_budgets: 5 }\n");
        Assert.Equal("schema.unknown-field", d.RuleId);
        Assert.Equal("projects[0].this_year.general_public_budgets", d.Path);
        Assert.Contains("是否想写“general_public_budget”", d.Message);
        Assert.Equal((13, 18), (d.Location!.Value.Line, d.Location.Value.Column));
    }

    [Fact]
    public void Unknown_field_far_from_every_name_lists_the_allowed_names()
    {
        var d = Single("assets:\n  buildings: 3\n");
        Assert.Equal("schema.unknown-field", d.RuleId);
        Assert.DoesNotContain("是否想写", d.Message);
        Assert.Contains("vehicles", d.Expected);
    }

    [Theory]
    [InlineData("2023/02/10")]
    [InlineData("2023-02-30")]
    public void Bad_date_is_reported(string date)
    {
        var result = BudgetDataLoader.Load(Header.Replace("2023-02-10", date), "t.yaml");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("schema.date", d.RuleId);
        Assert.Equal("publish_date", d.Path);
        Assert.Equal(date, d.Found);
    }

    [Fact]
    public void Scientific_notation_is_rejected_for_amounts()
    {
        var d = Single("year_end_carryover: 1e3\n");
        Assert.Equal("schema.type", d.RuleId);
        Assert.Contains("科学计数法", d.Message);
    }

    [Fact]
    public void Amount_with_thousands_separators_suggests_the_plain_number()
    {
        var d = Single("year_end_carryover: \"3,773.89\"\n");
        Assert.Equal("schema.type", d.RuleId);
        Assert.Contains("3773.89", d.Fix);
    }

    [Fact]
    public void Unquoted_code_is_a_type_error_that_says_to_quote_it()
    {
        var d = Single("expenditures:\n  - { code: 2080109, name: 甲, project: 1 }\n");
        Assert.Equal("schema.type", d.RuleId);
        Assert.Equal("expenditures[0].code", d.Path);
        Assert.Contains("应为文本，实际为数值 2080109", d.Message);
        Assert.Contains("\"2080109\"", d.Fix);
    }

    [Fact]
    public void Economic_codes_are_3_or_5_digits()
    {
        var d = Single("economic_basic:\n  - { code: \"3010101\", name: 甲, personnel: 1 }\n");
        Assert.Equal("schema.code-format", d.RuleId);
        Assert.Contains("3 或 5 位数字", d.Message);
    }

    [Fact]
    public void Counts_are_integers()
    {
        var d = Single("assets:\n  vehicles: { general: 4.5 }\n");
        Assert.Equal("schema.type", d.RuleId);
        Assert.Contains("应为整数", d.Message);
    }

    [Fact]
    public void Null_is_accepted_only_where_the_model_allows_it()
    {
        var ok = BudgetDataLoader.Load(Header + "operating_costs:\n  amount: 1\n  last_year:\n  reason:\n", "t.yaml");
        Assert.Empty(ok.Diagnostics);
        Assert.Null(ok.Data!.OperatingCosts.LastYear);

        var d = Single("operating_costs:\n  amount:\n");
        Assert.Equal("schema.type", d.RuleId);
        Assert.Contains("实际为空值", d.Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var result = BudgetDataLoader.Load(Header + "unit: 圆\nyear_end_carryover: -1\ntree_public: {}\n", "t.yaml");
        Assert.Equal(["schema.enum", "schema.negative", "schema.unknown-field"], result.Diagnostics.Select(d => d.RuleId));
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var d = Assert.Single(BudgetDataLoader.Load("# 只有注释\n", "t.yaml").Diagnostics);
        Assert.Equal("schema.required", d.RuleId);
        Assert.Contains("文件是空的", d.Message);
    }

    [Fact]
    public void Missing_top_level_fields_are_each_reported()
    {
        var result = BudgetDataLoader.Load("unit: 元\n", "t.yaml");
        Assert.Equal(["year", "publish_date", "department", "income"], result.Diagnostics.Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal("schema.required", d.RuleId));
    }

    [Fact]
    public void Json_positions_count_characters_after_chinese_text()
    {
        const string json = """
            {"year": 2023, "publish_date": "2023-02-10",
             "department": {"names": ["某某单位"], "kind": "行政", "supervisor": "某某局", "code": "12a"},
             "income": {"this_year": {"general_public_budget": 100}}}
            """;
        var d = Assert.Single(BudgetDataLoader.Load(json, "t.json").Diagnostics);
        Assert.Equal("schema.code-format", d.RuleId);
        Assert.Equal("department.code", d.Path);
        Assert.Equal(new SourceLocation("t.json", 2, 79), d.Location); // 97 if bytes were counted
    }

    [Fact]
    public void Json_duplicate_keys_are_reported()
    {
        var d = Assert.Single(BudgetDataLoader.Load("""{"year": 2023, "year": 2024}""", "t.json").Diagnostics,
            x => x.RuleId == "schema.duplicate-key");
        Assert.Equal(new SourceLocation("t.json", 1, 16), d.Location);
    }

    [Fact]
    public void Enum_values_follow_the_naming_convention()
    {
        Assert.Equal("general_public_budget", DataFormat.EnumValue(FundingSource.GeneralPublicBudget));
        Assert.Equal("subordinate_remittance", DataFormat.EnumValue(FundingSource.SubordinateRemittance));
        Assert.Equal("economic_project", DataFormat.EnumValue(SubtotalClassification.EconomicProject));
        Assert.Equal("参公", DataFormat.EnumValue(UnitKind.CivilServiceManaged));
        Assert.Equal("元", DataFormat.EnumValue(AmountUnit.Yuan));
        Assert.Equal("general_equipment_over50", DataFormat.FieldName(nameof(Assets.GeneralEquipmentOver50)));
        Assert.DoesNotContain(DataFormat.Fields(typeof(Department)), f => f.Name == "name"); // computed only
        Assert.Contains(DataFormat.Fields(typeof(Department)), f => f is { Name: "code", Required: true });
    }
}

public class DocumentationTests
{
    [Fact]
    public void Minimal_example_in_the_docs_loads()
    {
        var doc = File.ReadAllText(RepoFiles.PathOf("docs/data-format.md"));
        var section = doc.IndexOf("## 六、最小示例", StringComparison.Ordinal);
        var start = doc.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var result = BudgetDataLoader.Load(yaml, "docs-example.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(115.00m, result.Data!.Expenditures.Sum(r => r.Total));
    }

    [Fact]
    public void Byte_order_mark_is_ignored_in_json()
    {
        var result = BudgetDataLoader.Load("\uFEFF" + File.ReadAllText(RepoFiles.SampleJson), "bom.json");
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("empty.json")]
    [InlineData("empty.yaml")]
    public void An_empty_file_says_it_is_empty_in_either_format(string name)
    {
        var result = BudgetDataLoader.Load("  \n", name);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("schema.required", diagnostic.RuleId);
        Assert.Contains("文件是空的", diagnostic.Message);
    }
}
