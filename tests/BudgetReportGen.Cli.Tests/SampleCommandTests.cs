using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary><c>budgetgen sample</c>: deterministic, valid sample data files.</summary>
public class SampleCommandTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-sample-").FullName;

    private static string Pack => RepoFiles.PathOf("templates/liaoning-2023");

    [Fact]
    public void Writes_numbered_files_alternating_yaml_and_json_that_validate_cleanly()
    {
        var folder = TempFolder();
        var (code, output) = Run("sample", "--count", "5", "--seed", "7", "--out", folder, "--format", "both", "--template", Pack);

        Assert.Equal(0, code);
        Assert.Contains("生成 5 个示例数据文件", output);
        string[] expected = ["sample-0001.yaml", "sample-0002.json", "sample-0003.yaml", "sample-0004.json", "sample-0005.yaml"];
        Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("# 示例数据", File.ReadAllText(Path.Combine(folder, "sample-0001.yaml")));

        var (validate, report) = Run(["validate", .. Directory.GetFiles(folder).Order(StringComparer.Ordinal), "--template", Pack]);
        Assert.True(validate == 0, report);
        Assert.Contains("：0 个错误，", report); // warnings only where a sample deliberately lacks a section the pack asks for
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        var (first, second) = (TempFolder(), TempFolder());
        Assert.Equal(0, Run("sample", "--count", "3", "--seed", "42", "--out", first, "--format", "json").Exit);
        Assert.Equal(0, Run("sample", "--count", "3", "--seed", "42", "--out", second, "--format", "json").Exit);
        foreach (var name in new[] { "sample-0001.json", "sample-0002.json", "sample-0003.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
    }

    [Fact]
    public void The_year_option_sets_the_budget_year()
    {
        var folder = TempFolder();
        Assert.Equal(0, Run("sample", "--count", "1", "--out", folder, "--year", "2024").Exit);
        Assert.Contains("year: 2024\n", File.ReadAllText(Path.Combine(folder, "sample-0001.yaml")));
    }

    [Theory]
    [InlineData("--count 0", "--count 应为 1 到 100000 之间的整数")]
    [InlineData("--count x", "--count 应为 1 到 100000 之间的整数")]
    [InlineData("--seed 1", "请用 --count 给出要生成的文件个数")]
    [InlineData("--count 2 --format xml", "--format 后面应为 yaml、json 或 both")]
    [InlineData("--count 2 --seed abc", "--seed 应为整数")]
    [InlineData("--count 2 --year 99", "--year 应为 2000 到 2100 之间的年份")]
    [InlineData("--count 2 --colour red", "sample 不认识选项“--colour”")]
    [InlineData("--count 2 data.yaml", "sample 不需要数据文件")]
    [InlineData("--count 2 --template no-such-pack", "找不到模板包“no-such-pack”")]
    public void Usage_errors_exit_2_with_a_message(string arguments, string message)
    {
        var (code, output) = Run(["sample", .. arguments.Split(' '), "--out", TempFolder()]);
        Assert.Equal(2, code);
        Assert.Contains(message, output);
    }

    [Fact]
    public void Help_shows_the_usage_and_the_command_is_listed()
    {
        var (code, output) = Run("sample", "--help");
        Assert.Equal(0, code);
        Assert.Contains("用法：budgetgen sample --count <个数>", output);
        Assert.Contains("sample", Run("--help").Output);
    }
}
