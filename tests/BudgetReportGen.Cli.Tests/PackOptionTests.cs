using BudgetReportGen.Cli;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary><c>--option 名称=值</c>: a pack's switch (the standard packs' 图解) for one run of validate or generate.</summary>
public class PackOptionTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        return (Program.Run(args, output, null), output.ToString());
    }

    [Fact]
    public void Validate_accepts_the_packs_option()
    {
        var (code, output) = Run("validate", RepoFiles.SampleYaml, "--option", "图解=true");
        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output);
    }

    [Theory]
    [InlineData("图标=true", "没有选项“图标”；可用选项：图解")]
    [InlineData("图解=也许", "选项“图解”的值“也许”无效，应为 true 或 false")]
    [InlineData("图解", "--option 应写成“名称=值”，如 --option 图解=true")]
    public void A_wrong_option_is_a_usage_error_that_says_what_to_write(string option, string message)
    {
        var (code, output) = Run("validate", RepoFiles.SampleYaml, "--option", option);
        Assert.Equal(2, code);
        Assert.Contains(message, output);
        Assert.DoesNotContain("   at ", output);
    }
}
