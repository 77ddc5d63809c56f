using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Core.Tests.Sampling;

/// <summary>Written data files read back as the same model, in YAML and JSON, however awkward the text.</summary>
public class BudgetDataWriterTests
{
    private static BudgetData Sample => BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!;

    [Theory]
    [InlineData(DataFileFormat.Yaml)]
    [InlineData(DataFileFormat.Json)]
    public void The_sample_reads_back_as_the_same_model(DataFileFormat format)
    {
        var written = BudgetDataWriter.Write(Sample, format);
        var again = LoadClean(written, format);

        Assert.Null(ModelComparison.FirstDifference(Sample, again));
        Assert.Equal(written, BudgetDataWriter.Write(again, format));
    }

    [Fact]
    public void Amounts_are_written_exactly_and_codes_quoted()
    {
        var yaml = BudgetDataWriter.ToYaml(Sample);
        var json = BudgetDataWriter.ToJson(Sample);

        Assert.Contains("amount: 276.40", yaml);
        Assert.Contains("{ code: \"2080109\", name: 社会保险经办机构, project: 464.64, source: general_public_budget }", yaml);
        Assert.Contains("code: \"013002\"", yaml);
        Assert.Contains("\"amount\": 276.40", json);
        Assert.Contains("\"code\": \"013002\"", json);
        Assert.DoesNotContain("E+", yaml + json);
    }

    [Theory]
    [InlineData(DataFileFormat.Yaml)]
    [InlineData(DataFileFormat.Json)]
    public void Tiny_and_huge_amounts_keep_every_digit(DataFileFormat format)
    {
        var data = Sample with { YearEndCarryover = 0.000001m, Debt = 79228162514264.337593543950m, PurchasedServices = 1000000000000m };
        var again = LoadClean(BudgetDataWriter.Write(data, format), format);

        Assert.Equal("0.000001", again.YearEndCarryover.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(data.Debt, again.Debt);
        Assert.Equal(data.PurchasedServices, again.PurchasedServices);
    }

    public static TheoryData<string> AwkwardTexts => new()
    {
        "yes", "No", "on", "null", "Null", "~", "true", "FALSE", "y", "", " ", "123", "0123", "1e3", ".5", "-1", "+1", "0x1F", "1_000", "12:30",
        "2023-12", "2023-02-10", ".inf", "NaN", "- 项", "a: b", "a:b", "#注释", "文字 #注释", "说“引号”", "He said \"hi\"", "'单引号'", "[列表]", "{映射}",
        "甲,乙", "*别名", "&锚", "!标签", "|", ">", "@", "`", "%", "=", ">=", "?", "第一行\n第二行", "尾随换行\n", "\t制表", " 前导空格", "尾随空格 ",
        // control characters are refused by the loader (InputLimits.TextProblem; HostileDataTests), so they are not here
        "反斜杠\\n", "𠀀龘鿏", "𠀀", "行\u2028分隔", "\u00A0不换行空格", "\uFEFF零宽", "中文：冒号，逗号。", "（括号）",
    };

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Awkward_text_reads_back_unchanged(string text)
    {
        var data = Sample with
        {
            Duties = [text, "普通"],
            Department = Sample.Department with { Names = [text.Length == 0 ? "名" : text], Supervisor = text },
            Notes = [text],
        };
        foreach (var format in new[] { DataFileFormat.Yaml, DataFileFormat.Json })
        {
            var again = LoadClean(BudgetDataWriter.Write(data, format), format);
            Assert.Equal(text, again.Duties[0]);
            Assert.Equal(text, again.Department.Supervisor);
            Assert.Equal(text, again.Notes[0]);
        }
    }

    [Fact]
    public void Values_the_loader_gives_anyway_are_left_out_but_required_and_enum_fields_stay()
    {
        var minimal = new BudgetData
        {
            Year = 2023, PublishDate = new DateOnly(2023, 2, 10),
            Department = new Department { Names = ["某中心"], Code = "001", Kind = UnitKind.Institution, Supervisor = "某局" },
            Income = new Income(),
        };
        var yaml = BudgetDataWriter.ToYaml(minimal);

        Assert.Equal("""
            year: 2023
            budget_type: 部门预算
            unit: 万元
            publish_date: 2023-02-10
            department:
              names:
                - 某中心
              code: "001"
              kind: 事业
              supervisor: 某局
            income: {}

            """.ReplaceLineEndings("\n"), yaml);
        Assert.Null(ModelComparison.FirstDifference(minimal, LoadClean(yaml, DataFileFormat.Yaml)));
    }

    [Fact]
    public void Comments_lead_the_yaml()
    {
        var yaml = BudgetDataWriter.ToYaml(Sample, ["示例数据", ""]);
        Assert.StartsWith("# 示例数据\n#\nyear: 2023\n", yaml);
        LoadClean(yaml, DataFileFormat.Yaml);
    }

    internal static BudgetData LoadClean(string text, DataFileFormat format)
    {
        var result = BudgetDataLoader.Load(text, format == DataFileFormat.Json ? "written.json" : "written.yaml");
        Assert.True(result.Diagnostics.Count == 0,
            string.Join("\n", result.Diagnostics.Select(d => $"{d.RuleId} {d.Path} {d.Message}")) + "\n" + text);
        return result.Data!;
    }
}
