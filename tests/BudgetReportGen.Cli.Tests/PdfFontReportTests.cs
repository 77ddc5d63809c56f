using System.Text.RegularExpressions;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary><c>generate</c> says which font serves each PDF role and warns, once per style, when an official font is replaced.</summary>
public class PdfFontReportTests
{
    private static readonly string PackFolder = RepoFiles.PathOf("templates/liaoning-2023");

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-fonts-").FullName;

    [Fact]
    public void A_substituted_official_font_is_named_with_its_roles_and_what_to_install()
    {
        // this machine has none of the official fonts (仿宋_GB2312, 黑体, …), only the free TrueType substitutes
        var folder = TempFolder();
        var (exit, output) = Run("generate", RepoFiles.SampleYaml, "--format", "pdf", "--out", folder);
        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("“仿宋_GB2312”"));
        Assert.Contains("警告", line);
        Assert.Contains("正文（body）", line);
        Assert.Contains("代替", line);
        Assert.Contains("AR PL UMing CN", line);
        Assert.Contains("模板包的 fonts/ 文件夹", line);
        Assert.Contains(Path.Combine("liaoning-2023", "fonts"), line);
        Assert.Contains("fonts-arphic-uming", line);
        Assert.Contains("fonts-wqy-microhei", Assert.Single(output.Split('\n'), l => l.Contains("“黑体”")));
        Assert.Contains("fonts-arphic-ukai", Assert.Single(output.Split('\n'), l => l.Contains("“楷体_GB2312”")));
        Assert.DoesNotContain("PDF 字体 正文", output); // every role's font only with --verbose
    }

    [Fact]
    public void A_batch_warns_once_per_style_and_verbose_lists_every_role()
    {
        var data = TempFolder();
        Assert.Equal(0, Run("sample", "--count", "3", "--seed", "5", "--out", data, "--template", PackFolder).Exit);
        var (exit, output) = Run("generate", data, "--template", PackFolder, "--format", "pdf", "--out", TempFolder(), "--verbose");
        Assert.Equal(0, exit);
        Assert.Equal(3, Regex.Matches(output, "✓").Count);
        Assert.Single(Regex.Matches(output, "“仿宋_GB2312”，已用"));
        Assert.Single(Regex.Matches(output, "PDF 字体 正文（body）：仿宋_GB2312 → AR PL UMing CN"));
        Assert.DoesNotContain("仿宋_GB2312", Run("generate", data, "--template", PackFolder, "--format", "html", "--out", TempFolder()).Output); // no PDF, no font report
    }

    [Fact]
    public void No_warning_when_every_role_has_its_first_family()
    {
        var folder = TempFolder();
        var pack = Path.Combine(folder, "pack");
        CopyFolder(PackFolder, pack);
        var style = Path.Combine(pack, "style.yaml");
        File.WriteAllText(style, File.ReadAllText(style).Replace("families: [", "families: [WenQuanYi Micro Hei, "));
        var (exit, output) = Run("generate", RepoFiles.SampleYaml, "--template", pack, "--format", "pdf", "--out", Path.Combine(folder, "out"), "--verbose");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("代替", output);
        Assert.DoesNotContain("替代", output);
        Assert.Contains("PDF 字体 正文（body）：WenQuanYi Micro Hei（", output);
    }

    [Fact]
    public void Validate_says_when_a_role_has_no_font_at_all_so_the_pdf_would_fail()
    {
        var folder = TempFolder();
        var pack = Path.Combine(folder, "pack");
        CopyFolder(PackFolder, pack);
        var style = Path.Combine(pack, "style.yaml");
        File.WriteAllText(style, Regex.Replace(File.ReadAllText(style), @"body: +\{families: \[[^\]]*\]", "body: {families: [不存在的仿宋]"));
        var (exit, output) = Run("validate", RepoFiles.SampleYaml, "--template", pack);
        Assert.Equal(0, exit);
        Assert.Contains("pdf.font", output);
        Assert.Contains("不存在的仿宋", output);
        Assert.Equal(2, Run("generate", RepoFiles.SampleYaml, "--template", pack, "--format", "pdf", "--out", Path.Combine(folder, "out")).Exit);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
