using System.Diagnostics;
using System.Text.Json;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// How <c>--template</c> finds a pack: a folder path, or a name looked up in --packs / BUDGETGEN_PACKS and then in templates/
/// beside the program, never in the current folder or its parents; and the pack used is always printed.
/// </summary>
public class PackLookupTests
{
    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-packs-").FullName;

    /// <summary>A folder of packs holding one pack, <paramref name="name"/>, made by copying the real one.</summary>
    private static string PacksWith(string name)
    {
        var packs = TempFolder();
        TestTools.CopyFolder(RepoFiles.PathOf("templates/liaoning-2023"), Path.Combine(packs, name));
        return packs;
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void The_default_pack_is_the_one_beside_the_program()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "templates", "liaoning-2023");
        Assert.True(File.Exists(Path.Combine(beside, "pack.yaml")), "the build copies templates/ beside the program");
        Assert.Equal(beside, PackLocator.Find(null, PackLocator.SearchFolders(null, null, AppContext.BaseDirectory)));
    }

    [Fact]
    public void A_name_is_looked_up_in_the_packs_folder_first_then_beside_the_program()
    {
        var packs = PacksWith("liaoning-2023");
        var program = TempFolder();
        Assert.Equal([packs, Path.Combine(program, "templates")], PackLocator.SearchFolders(packs, null, program));
        Assert.Equal(Path.Combine(packs, "liaoning-2023"), PackLocator.Find("liaoning-2023", PackLocator.SearchFolders(packs, null, program)));
        Assert.Equal(Path.Combine(packs, "liaoning-2023"), PackLocator.Find(null, PackLocator.SearchFolders(null, packs, program)));
        Assert.Null(PackLocator.Find("liaoning-2023", PackLocator.SearchFolders(null, null, program)));
    }

    [Fact]
    public void The_option_wins_over_the_environment_variable()
    {
        Assert.Equal(["/opt/a", "/p/templates"], PackLocator.SearchFolders("/opt/a", "/opt/b", "/p"));
        Assert.Equal(["/opt/b", "/p/templates"], PackLocator.SearchFolders(null, "/opt/b", "/p"));
        Assert.Equal(["/p/templates"], PackLocator.SearchFolders(" ", "", "/p"));
    }

    [Theory]
    [InlineData("liaoning-2023", false)]
    [InlineData("my pack 2024", false)]
    [InlineData("./liaoning-2023", true)]
    [InlineData("packs/liaoning-2023", true)]
    [InlineData(@"D:\模板\liaoning-2023", true)]
    [InlineData("/opt/packs/x", true)]
    [InlineData(".", true)]
    public void A_value_with_a_separator_is_a_folder_path_else_a_name(string value, bool isPath) =>
        Assert.Equal(isPath, PackLocator.IsPath(value));

    [Fact]
    public void A_folder_path_is_used_as_given_and_must_hold_pack_yaml()
    {
        var packs = PacksWith("mine");
        Assert.Equal(Path.Combine(packs, "mine"), PackLocator.Find(Path.Combine(packs, "mine"), []));
        Assert.Null(PackLocator.Find(packs, [])); // no pack.yaml directly inside
    }

    [Fact]
    public void Generate_and_validate_print_the_pack_used()
    {
        var packs = PacksWith("本局 2024");
        var (code, output) = Run("validate", RepoFiles.SampleYaml, "--packs", packs, "--template", "本局 2024");
        Assert.Equal(0, code);
        Assert.Contains($"模板包：辽宁省鞍山市部门预算公开模板（2023年度） 1.0.0（{Path.Combine(packs, "本局 2024")}）", output);

        var folder = TempFolder();
        (code, output) = Run("generate", RepoFiles.SampleYaml, "--format", "html", "--out", folder);
        Assert.Equal(0, code);
        Assert.Contains($"模板包：辽宁省鞍山市部门预算公开模板（2023年度） 1.0.0（{Path.Combine(AppContext.BaseDirectory, "templates", "liaoning-2023")}）", output);
    }

    [Fact]
    public void Json_output_names_the_pack_in_a_field()
    {
        var (code, output) = Run("validate", "--format", "json", RepoFiles.SampleYaml);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var pack = json.RootElement.GetProperty("pack");
        Assert.Equal("liaoning-2023", pack.GetProperty("id").GetString());
        Assert.Equal("1.0.0", pack.GetProperty("version").GetString());
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "templates", "liaoning-2023"), pack.GetProperty("folder").GetString());
    }

    [Fact]
    public void A_name_not_found_says_where_it_was_looked_for()
    {
        var packs = TempFolder();
        var (code, output) = Run("validate", RepoFiles.SampleYaml, "--packs", packs, "--template", "no-such-pack");
        Assert.Equal(2, code);
        Assert.Contains("找不到模板包“no-such-pack”", output);
        Assert.Contains(packs, output);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "templates"), output);
    }

    /// <summary>In a new process whose current folder (and its parent) holds templates/&lt;name&gt;: that pack is not found.</summary>
    [Fact]
    public void A_templates_folder_in_the_current_folder_or_a_parent_is_not_used()
    {
        var parent = PacksWith("stray-pack"); // parent/stray-pack/pack.yaml …
        Directory.Move(parent, parent + "-x");
        var templatesOfParent = Path.Combine(parent, "templates");
        Directory.CreateDirectory(parent);
        Directory.Move(parent + "-x", templatesOfParent); // … becomes parent/templates/stray-pack/pack.yaml
        var current = Path.Combine(parent, "here");
        TestTools.CopyFolder(templatesOfParent, Path.Combine(current, "templates")); // and current/templates/stray-pack/pack.yaml

        foreach (var (template, expected) in new[] { ("stray-pack", 2), ("liaoning-2023", 0) })
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = current, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "budgetgen.dll"), "validate", RepoFiles.SampleYaml, "--template", template })
                start.ArgumentList.Add(arg);
            start.Environment.Remove(PackLocator.PacksVariable);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == expected, text);
            Assert.DoesNotContain($"（{current}", text);
            Assert.DoesNotContain($"（{parent}", text);
            if (expected == 0) Assert.Contains(Path.Combine(AppContext.BaseDirectory, "templates", "liaoning-2023"), text);
            else Assert.Contains("找不到模板包“stray-pack”", text);
        }
    }

}

/// <summary>Data files dropped on the program (given with no command): each report goes next to its file; and when the window waits.</summary>
public class DroppedFileTests
{
    [Fact]
    public void A_data_file_as_the_only_argument_generates_next_to_it()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("budgetgen-drop-").FullName, "预算 数据");
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "我的部门 2023.yaml");
        File.Copy(RepoFiles.SampleYaml, data);

        var output = new StringWriter();
        var code = Program.Run([data], output);

        Assert.True(code == 0, output.ToString());
        var written = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["我的部门 2023.yaml", "鞍山市社会保险事业服务中心-2023-部门预算公开.docx",
            "鞍山市社会保险事业服务中心-2023-部门预算公开.html", "鞍山市社会保险事业服务中心-2023-部门预算公开.pdf"], written);
        Assert.Contains("模板包：", output.ToString());
    }

    [Fact]
    public void Several_dropped_files_each_get_their_report_in_their_own_folder()
    {
        var root = Directory.CreateTempSubdirectory("budgetgen-drop-").FullName;
        var (a, b) = (Path.Combine(root, "甲"), Path.Combine(root, "乙"));
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.Copy(RepoFiles.SampleYaml, Path.Combine(a, "1.yaml"));
        File.Copy(RepoFiles.SampleJson, Path.Combine(b, "2.json"));

        var output = new StringWriter();
        Assert.Equal(0, Program.Run([Path.Combine(a, "1.yaml"), Path.Combine(b, "2.json")], output));
        Assert.Equal(4, Directory.GetFiles(a).Length);
        Assert.Equal(4, Directory.GetFiles(b).Length);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("no-such-file.yaml")]
    public void Anything_else_is_a_command_line(string arg) => Assert.Null(Program.DroppedDataFiles([arg]));

    [Fact]
    public void Only_an_existing_yaml_or_json_file_counts()
    {
        Assert.Equal([RepoFiles.SampleJson], Program.DroppedDataFiles([RepoFiles.SampleJson]));
        Assert.Equal([RepoFiles.SampleJson, RepoFiles.Broken("minimal.yaml")], Program.DroppedDataFiles([RepoFiles.SampleJson, RepoFiles.Broken("minimal.yaml")]));
        Assert.Null(Program.DroppedDataFiles([RepoFiles.SampleYaml, "--format"]));
        Assert.Null(Program.DroppedDataFiles([RepoFiles.PathOf("README.md")]));
        Assert.Null(Program.DroppedDataFiles([]));
    }

    [Theory]
    [InlineData(true, false, 1, null, true)]   // double click or drop: the window would close with the program
    [InlineData(true, false, 2, null, false)]  // from PowerShell or cmd: the shell keeps the window
    [InlineData(true, true, 1, null, false)]   // redirected (scripts, tests)
    [InlineData(true, false, 1, "1", false)]   // BUDGETGEN_NO_PAUSE
    [InlineData(false, false, 1, null, false)] // Linux, macOS
    public void The_window_waits_for_a_key_only_when_it_would_close(bool windows, bool redirected, int processes, string? noPause, bool pause) =>
        Assert.Equal(pause, ConsoleWindow.ShouldPause(windows, redirected, processes, noPause));
}
