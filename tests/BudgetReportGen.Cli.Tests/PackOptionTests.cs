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

    [Fact]
    public void The_option_draws_the_charts_in_the_report_and_the_index_and_the_manifest_records_it()
    {
        string Generate(string folder, params string[] extra)
        {
            var (code, output) = Run(["generate", RepoFiles.SampleYaml, "--out", folder, "--format", "html", "--results", .. extra]);
            Assert.True(code == 0, output);
            return File.ReadAllText(Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Single(f => Path.GetFileName(f) != "index.html"));
        }
        var on = Directory.CreateTempSubdirectory("budgetgen-option-on-").FullName;
        var off = Directory.CreateTempSubdirectory("budgetgen-option-off-").FullName;
        var withCharts = Generate(on, "--option", "图解=true");
        var without = Generate(off);

        Assert.True(System.Text.RegularExpressions.Regex.Matches(withCharts, "<figure[^>]*>\\s*(<figcaption[^>]*>.*?</figcaption>\\s*)?<svg").Count >= 3, "the report draws its charts as inline SVG");
        Assert.DoesNotContain("<svg", without);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(on, "index.html")));
        Assert.Contains("\"options\": \"图解=true\"", File.ReadAllText(Path.Combine(on, "manifest.json")));
        Assert.Contains("\"options\": \"图解=false\"", File.ReadAllText(Path.Combine(off, "manifest.json")));
    }
}
