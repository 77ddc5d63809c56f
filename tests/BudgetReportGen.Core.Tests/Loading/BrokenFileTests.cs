using BudgetReportGen.Tests.Shared;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Loading;

namespace BudgetReportGen.Core.Tests.Loading;

/// <summary>The broken files under tests/data: each gives one diagnostic with a stable rule id, a Chinese message and its position.</summary>
public class BrokenFileTests
{
    public static TheoryData<string, string, string, string, int, int> Cases => new()
    {
        // file, rule, message fragment, path, line, column
        { "malformed.yaml", "syntax", "YAML 格式错误", "", 7, 2 },
        { "amount-as-text.yaml", "schema.type", "应为数值，实际为文本“abc”", "three_public.reception.amount", 14, 13 },
        { "unknown-field.yaml", "schema.unknown-field", "是否想写“three_public”", "tree_public", 12, 1 },
        { "negative-amount.yaml", "schema.negative", "金额不能为负数，实际为 -5", "expenditures[0].project", 13, 49 },
        { "bad-code.yaml", "schema.code-format", "应为 3、5 或 7 位数字（类/款/项），实际为“208010”", "expenditures[1].code", 16, 11 },
        { "missing-required.yaml", "schema.required", "缺少必填字段“code”", "department.code", 4, 1 },
        { "malformed.json", "syntax", "JSON 格式错误", "", 9, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_file_gives_one_placed_error(string file, string rule, string fragment, string path, int line, int column)
    {
        var fullPath = RepoFiles.Broken(file);
        var result = BudgetDataLoader.Load(fullPath);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(rule, diagnostic.RuleId);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains(fragment, diagnostic.Message);
        Assert.Equal(path, diagnostic.Path);
        Assert.Equal(new SourceLocation(fullPath, line, column), diagnostic.Location);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Fix));
        Assert.Null(result.Data);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Minimal_file_loads()
    {
        var result = BudgetDataLoader.Load(RepoFiles.Broken("minimal.yaml"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(100m, result.Data!.Income.ThisYear[Model.FundingSource.GeneralPublicBudget]);
    }

    [Fact]
    public void Missing_file_is_unreadable()
    {
        var path = RepoFiles.Broken("no-such-file.yaml");
        var result = BudgetDataLoader.Load(path);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("file.unreadable", diagnostic.RuleId);
        Assert.Contains("文件不存在", diagnostic.Message);
        Assert.Contains(path, diagnostic.Message);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Syntax_error_keeps_the_parsers_explanation()
    {
        var diagnostic = BudgetDataLoader.Load(RepoFiles.Broken("malformed.json")).Diagnostics.Single();
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Found));
        Assert.DoesNotContain("LineNumber", diagnostic.Found);
    }
}
