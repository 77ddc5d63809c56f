using BudgetReportGen.Tests.Shared;
using System.Text.Json;
using BudgetReportGen.Cli;
using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Cli.Tests;

/// <summary>The <c>budgetgen</c> command line, run in-process through its entry method with the output captured.</summary>
public class CliTests
{
    private static (int Exit, string Output) Run(params string[] args) => Run(null, args);

    private static (int Exit, string Output) Run(Func<string, BudgetReportGen.Templates.Generation.ReportGenerator>? openPack, params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output, openPack);
        return (exit, output.ToString());
    }

    [Theory]
    [InlineData("malformed.yaml", 1, "malformed.yaml:7:2")]
    [InlineData("amount-as-text.yaml", 1, "amount-as-text.yaml:14:13")]
    [InlineData("unknown-field.yaml", 1, "是否想写“three_public”")]
    [InlineData("negative-amount.yaml", 1, "negative-amount.yaml:13:49")]
    [InlineData("bad-code.yaml", 1, "bad-code.yaml:16:11")]
    [InlineData("missing-required.yaml", 1, "缺少必填字段“code”")]
    [InlineData("malformed.json", 1, "malformed.json:9:3")]
    [InlineData("inconsistent-subtotal.yaml", 1, "inconsistent-subtotal.yaml:21:54 支出功能分类 201 写明的小计与其下各行之和不一致：应为 100.00 万元，实为 90.00 万元")]
    [InlineData("no-such-file.yaml", 2, "文件不存在")]
    [InlineData("minimal.yaml", 0, "0 个错误")]
    public void Validate_exit_code_and_output_per_file(string file, int exit, string fragment)
    {
        var (code, output) = Run("validate", RepoFiles.Broken(file));
        Assert.Equal(exit, code);
        Assert.Contains(fragment, output);
        Assert.DoesNotContain("   at ", output); // no stack trace
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal); // plain when redirected
    }

    [Fact]
    public void Validate_groups_by_file_and_summarises()
    {
        var (code, output) = Run("validate", RepoFiles.SampleYaml, RepoFiles.SampleJson, RepoFiles.Broken("bad-code.yaml"));
        Assert.Equal(1, code);
        Assert.Contains("共检查 3 个文件：1 个错误，0 个警告。", output);
        var lines = output.Split('\n');
        var header = Array.FindIndex(lines, l => l.Trim() == RepoFiles.Broken("bad-code.yaml"));
        Assert.True(header >= 0, output);
        Assert.Contains("schema.code-format", lines[header + 1]);
    }

    [Fact]
    public void Unreadable_file_wins_over_data_errors()
    {
        var (code, _) = Run("validate", RepoFiles.Broken("bad-code.yaml"), RepoFiles.Broken("no-such-file.yaml"));
        Assert.Equal(2, code);
    }

    [Fact]
    public void Json_format_is_machine_readable()
    {
        var (code, output) = Run("validate", "--format", "json", RepoFiles.Broken("amount-as-text.yaml"), RepoFiles.SampleYaml);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var files = root.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        var d = files[0].GetProperty("diagnostics")[0];
        Assert.Equal("schema.type", d.GetProperty("rule").GetString());
        Assert.Equal("three_public.reception.amount", d.GetProperty("path").GetString());
        Assert.Equal(14, d.GetProperty("line").GetInt32());
        Assert.Equal(13, d.GetProperty("column").GetInt32());
        Assert.Equal(0, files[1].GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Identity_findings_are_placed_printed_and_counted()
    {
        // 公务接待费 1 → 2: 三公 no longer sums to its stated total, and the economic row 30217 disagrees with 表7.
        var broken = Path.Combine(Directory.CreateTempSubdirectory("budgetgen-cli-").FullName, "broken.yaml");
        var lines = File.ReadAllLines(RepoFiles.SampleYaml);
        var at = BudgetReportGen.Core.Loading.BudgetDataLoader.Load(RepoFiles.SampleYaml).SourceMap.Locate("three_public.reception.amount")!.Value;
        lines[at.Line - 1] = lines[at.Line - 1][..(at.Column - 1)] + "2" + lines[at.Line - 1][(at.Column - 1 + 1)..];
        File.WriteAllLines(broken, lines);

        var (code, output) = Run("validate", broken);
        Assert.Equal(1, code);
        Assert.Contains($"broken.yaml:{at.Line}:{at.Column}", output);
        Assert.Contains("错误", output);
        Assert.DoesNotContain("0 个错误", output);
    }

    [Fact]
    public void The_sample_validates_clean_against_the_default_pack()
    {
        var (code, output) = Run("validate", RepoFiles.SampleYaml);
        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output);
    }

    [Theory]
    [InlineData(new string[0], 2, "用法：budgetgen")]
    [InlineData(new[] { "--help" }, 0, "validate")]
    [InlineData(new[] { "validate", "--help" }, 0, "--format json")]
    [InlineData(new[] { "--version" }, 0, "budgetgen 0.1.0")]
    [InlineData(new[] { "frobnicate" }, 2, "未知命令“frobnicate”")]
    [InlineData(new[] { "validate" }, 2, "请给出数据文件")]
    [InlineData(new[] { "validate", "--format", "xml", "a.yaml" }, 2, "text 或 json")]
    [InlineData(new[] { "validate", "--strict", "a.yaml" }, 2, "不认识选项“--strict”")]
    public void Usage(string[] args, int exit, string fragment)
    {
        var (code, output) = Run(args);
        Assert.Equal(exit, code);
        Assert.Contains(fragment, output);
    }

    [Fact]
    public void An_internal_failure_is_a_message_not_a_stack_trace()
    {
        var (code, output) = Run(_ => throw new InvalidOperationException("boom"), "validate", RepoFiles.SampleYaml);
        Assert.Equal(3, code);
        Assert.Contains("内部错误", output);
        Assert.Contains("boom", output);
        Assert.DoesNotContain("   at ", output);
    }
}
