using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary><c>budgetgen generate</c>, run in-process with the output captured.</summary>
public class GenerateCommandTests
{
    private const string BaseName = "鞍山市社会保险事业服务中心-2023-部门预算公开";

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-gen-").FullName;

    [Fact]
    public void Writes_all_three_formats_by_default()
    {
        var folder = TempFolder();
        var (code, output) = Run("generate", RepoFiles.SampleYaml, "--out", folder);
        Assert.Equal(0, code);
        foreach (var format in new[] { "html", "docx", "pdf" })
        {
            var path = Path.Combine(folder, $"{BaseName}.{format}");
            Assert.True(new FileInfo(path).Length > 1000, path);
            Assert.Contains($"已生成 {path}", output);
        }
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Writes_only_the_formats_asked_for()
    {
        var folder = TempFolder();
        Assert.Equal(0, Run("generate", RepoFiles.SampleJson, "--format", "html", "--out", folder).Exit);
        Assert.Equal([$"{BaseName}.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Data_with_errors_is_refused_and_nothing_is_written()
    {
        var folder = TempFolder();
        var (code, output) = Run("generate", RepoFiles.Broken("amount-as-text.yaml"), "--out", folder);
        Assert.Equal(1, code);
        Assert.Contains("amount-as-text.yaml:14:13", output);
        Assert.Contains("未生成报告", output);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_batch_reports_what_failed_and_why()
    {
        var folder = TempFolder();
        var (code, output) = Run("generate", RepoFiles.SampleYaml, RepoFiles.Broken("negative-amount.yaml"), "--format", "html", "--out", folder);
        Assert.Equal(1, code);
        Assert.Contains("共 2 个数据文件：成功 1 个，失败 1 个。", output);
        Assert.Contains("negative-amount.yaml：", output);
        // A batch puts each department in its own folder, beside the index, summaries and manifest.
        Assert.Equal([$"{BaseName}/{BaseName}.html"], Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Where(f => f != "index.html"));
    }

    [Fact]
    public void Two_files_naming_the_same_report_are_caught_before_anything_is_overwritten()
    {
        var folder = TempFolder();
        var (code, output) = Run("generate", RepoFiles.SampleYaml, RepoFiles.SampleJson, "--format", "html", "--out", folder);
        Assert.Equal(1, code);
        Assert.Contains($"与 {RepoFiles.SampleYaml} 生成同名的报告“{BaseName}”", output);
        Assert.Contains("共 2 个数据文件：成功 1 个，失败 1 个。", output);
        Assert.Equal([$"{BaseName}.html"], Directory.GetFiles(Path.Combine(folder, BaseName)).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_font_stops_with_what_to_install_and_leaves_no_file()
    {
        var pack = Path.Combine(TempFolder(), "pack");
        TestTools.CopyFolder(RepoFiles.PathOf("templates/liaoning-2023"), pack);
        var style = Path.Combine(pack, "style.yaml");
        File.WriteAllText(style, File.ReadAllText(style).Replace("[仿宋_GB2312, 仿宋, FangSong, AR PL UMing CN]", "[不存在的字体]"));
        var folder = TempFolder();

        var (code, output) = Run("generate", RepoFiles.SampleYaml, "--template", pack, "--format", "html,pdf", "--out", folder);
        Assert.Equal(2, code);
        Assert.Contains("不存在的字体", output);
        Assert.Contains("apt-get install", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Empty(Directory.GetFiles(folder)); // not even the HTML: nothing half-done
    }

    [Fact]
    public void A_template_error_names_the_pack_file_and_line()
    {
        var pack = Path.Combine(TempFolder(), "pack");
        TestTools.CopyFolder(RepoFiles.PathOf("templates/liaoning-2023"), pack);
        var part = Path.Combine(pack, "parts", "02-overview.md");
        File.WriteAllText(part, File.ReadAllText(part).Replace("{{ o.statement }}", "{{ o.statment }}"));

        var (code, output) = Run("generate", RepoFiles.SampleYaml, "--template", pack, "--format", "html", "--out", TempFolder());
        Assert.Equal(2, code);
        Assert.Contains("02-overview.md:", output);
        Assert.Contains("statment", output);
        Assert.Contains("成员“statment”不存在", output); // explained in Chinese, not only the engine's English
    }

    [Fact]
    public void Validate_renders_the_pack_so_no_problem_found_means_generate_succeeds()
    {
        var pack = Path.Combine(TempFolder(), "pack");
        TestTools.CopyFolder(RepoFiles.PathOf("templates/liaoning-2023"), pack);
        var part = Path.Combine(pack, "parts", "05-glossary.md");
        // A pack author's slip in a branch the sample reaches: validate must find it without writing anything.
        File.WriteAllText(part, File.ReadAllText(part).Replace("lookup glossary row.code", "glossary[row.code]"));
        var data = Path.Combine(TempFolder(), "other-code.yaml");
        File.WriteAllText(data, File.ReadAllText(RepoFiles.SampleYaml).Replace("\"2101199\", name: 其他行政事业单位医疗支出", "\"2101103\", name: 公务员医疗补助"));

        var (code, output) = Run("validate", data, "--template", pack);
        Assert.Equal(2, code);
        Assert.Contains("05-glossary.md:", output);
        Assert.Contains("lookup glossary", output);
        Assert.DoesNotContain("没有发现问题", output);

        var (fine, clean) = Run("validate", data);
        Assert.Equal(0, fine);
        Assert.Contains("没有发现问题", clean);
        var folder = TempFolder();
        Assert.Equal(0, Run("generate", data, "--out", folder, "--format", "html").Exit);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_department_name_with_markup_comes_out_escaped_in_html()
    {
        var data = Path.Combine(TempFolder(), "script.yaml");
        File.WriteAllText(data, File.ReadAllText(RepoFiles.SampleYaml)
            .Replace("    - 鞍山市社会保险事业服务中心\n", "    - <script>alert(1)</script>中心\n"));
        var folder = TempFolder();

        var (code, output) = Run("generate", data, "--format", "html", "--out", folder);
        Assert.Equal(0, code);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal("_script_alert(1)__script_中心-2023-部门预算公开.html", Path.GetFileName(file));
        var html = File.ReadAllText(file);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;中心", html);
    }

    [Theory]
    [InlineData(new[] { "generate" }, "请给出数据文件")]
    [InlineData(new[] { "generate", "a.yaml", "--format", "odt" }, "不支持的格式“odt”")]
    [InlineData(new[] { "generate", "a.yaml", "--template", "no-such-pack" }, "找不到模板包“no-such-pack”")]
    [InlineData(new[] { "generate", "a.yaml", "--tolerance", "abc" }, "--tolerance 应为不小于 0 的数")]
    [InlineData(new[] { "generate", "a.yaml", "--out" }, "选项 --out 后面应给出值")]
    public void Usage_errors_exit_2(string[] args, string fragment)
    {
        var (code, output) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(fragment, output);
    }

}

public class BatchTests
{
    /// <summary>
    /// A new process (so nothing is cached yet) generates several departments at once: the first loads run in parallel,
    /// which once raced inside a reflection cache.
    /// </summary>
    [Fact]
    public void Many_departments_generate_in_parallel_in_a_new_process()
    {
        var input = Directory.CreateTempSubdirectory("budgetgen-batch-in-").FullName;
        var files = Enumerable.Range(1, 6).Select(i =>
        {
            var path = Path.Combine(input, $"d{i}.yaml");
            File.WriteAllText(path, File.ReadAllText(RepoFiles.SampleYaml).Replace("    - 鞍山市社会保险事业服务中心\n", $"    - 示例单位{i}\n"));
            return path;
        }).ToList();
        var output = Directory.CreateTempSubdirectory("budgetgen-batch-out-").FullName;

        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "budgetgen.dll"), "generate" }.Concat(files)
                     .Concat(["--format", "html,docx", "--out", output, "--template", RepoFiles.PathOf("templates/liaoning-2023")]))
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("共 6 个数据文件：成功 6 个，失败 0 个。", text);
        Assert.Equal(12, Directory.GetFiles(output, "*-部门预算公开.*", SearchOption.AllDirectories).Length);
    }
}
