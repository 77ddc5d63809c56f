using BudgetReportGen.Cli;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>Hostile input through the whole command line: never exit 3, never raw control characters on the terminal.</summary>
public class HostileCliTests
{
    private static readonly string PackFolder = RepoFiles.PathOf("templates/liaoning-2023");
    private static readonly string Minimal = File.ReadAllText(RepoFiles.Broken("minimal.yaml"));

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-hostile-cli-").FullName;

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Escape_sequences_in_keys_values_and_file_names_are_printed_visibly()
    {
        var folder = TempFolder();
        try
        {
            var key = Write(folder, "key.yaml", Minimal + "\"\\e[2K\\r✓ 已生成 假.pdf\": 1\n");
            var value = Write(folder, "value.yaml", Minimal.Replace("names: [某某单位]", "names: [\"\\e]0;title\\a\\e[31m红\"]"));
            var name = Write(folder, "name\u001b[2K.yaml", "year: [");
            foreach (var file in new[] { key, value, name })
            {
                var (exit, output) = Run("validate", file, "--template", PackFolder);
                Assert.Equal(1, exit);
                Assert.DoesNotContain('\u001b', output);
                Assert.DoesNotContain('\u0007', output);
                Assert.DoesNotContain('\r', output);
                Assert.True(output.Contains("\\e") || output.Contains("U+001B"), output);
            }
            Assert.Equal("a\\e[2K\\r\\u202Eb\\nc", TerminalText.Visible("a\u001b[2K\r\u202Eb\nc"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("general_public_budget: 100", "general_public_budget: 79228162514264337593543950335", "超出可处理的范围")]
    [InlineData("general_public_budget: 100", "general_public_budget: 0.0000000000000000000000000001", "小数位数过多")]
    [InlineData("general_public_budget: 100", "general_public_budget: 1464.64\n    government_fund: 1,464.64", "government_fund")]
    [InlineData("names: [某某单位]", "names: [\"\\ud800\"]", "YAML 格式错误")]
    public void Odd_values_are_diagnostics_never_exit_3(string from, string to, string expected)
    {
        var folder = TempFolder();
        try
        {
            var file = Write(folder, "odd.yaml", Minimal.Replace(from, to));
            var (exit, output) = Run("generate", file, "--template", PackFolder, "--out", Path.Combine(folder, "out"), "--format", "html");
            Assert.Equal(1, exit);
            Assert.Contains(expected, output);
            Assert.DoesNotContain("内部错误", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Extreme_ratios_are_never_an_internal_error()
    {
        var folder = TempFolder();
        try
        {
            var file = Write(folder, "ratio.yaml", Minimal.Replace("general_public_budget: 100", "general_public_budget: 1000000000000000\n  last_year:\n    general_public_budget: 0.000000000001"));
            var (exit, output) = Run("generate", file, "--template", PackFolder, "--out", Path.Combine(folder, "out"), "--format", "html");
            Assert.NotEqual(3, exit);
            Assert.DoesNotContain("内部错误", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Out_naming_a_file_is_a_clear_usage_error_for_one_file_and_a_batch()
    {
        var folder = TempFolder();
        try
        {
            var file = Write(folder, "not-a-folder", "x");
            var data = Write(folder, "d.yaml", Minimal);
            var (exit, output) = Run("generate", data, RepoFiles.SampleYaml, "--template", PackFolder, "--out", file, "--format", "html");
            Assert.Equal(2, exit);
            Assert.Contains("是一个已有的文件", output);
            Assert.DoesNotContain("内部错误", output);

            (exit, output) = Run("generate", data, RepoFiles.SampleYaml, "--template", PackFolder, "--out", Path.Combine(file, "sub"), "--format", "html");
            Assert.Equal(2, exit);
            Assert.DoesNotContain("内部错误", output);
            Assert.DoesNotContain("Could not find", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_fifo_as_data_file_is_refused_at_once()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = TempFolder();
        try
        {
            var fifo = Path.Combine(folder, "pipe.yaml");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
            var (exit, output) = Run("validate", fifo, "--template", PackFolder);
            Assert.NotEqual(0, exit);
            Assert.NotEqual(3, exit);
            Assert.Contains("不是普通文件", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_pack_naming_etc_passwd_is_refused_and_nothing_is_written()
    {
        var folder = TempFolder();
        try
        {
            var pack = Path.Combine(folder, "pack");
            CopyFolder(PackFolder, pack);
            var manifest = Path.Combine(pack, "pack.yaml");
            var text = File.ReadAllText(manifest);
            var parts = text.IndexOf("\nparts:", StringComparison.Ordinal);
            Assert.True(parts > 0);
            File.WriteAllText(manifest, text.Insert(parts + "\nparts:".Length, "\n  - /etc/passwd"));
            var data = Write(folder, "d.yaml", Minimal);
            var (exit, output) = Run("generate", data, "--template", pack, "--out", Path.Combine(folder, "out"), "--format", "html");
            Assert.Equal(2, exit);
            Assert.Contains("不在模板包目录之内", output);
            Assert.False(Directory.Exists(Path.Combine(folder, "out")) && Directory.EnumerateFiles(Path.Combine(folder, "out"), "*", SearchOption.AllDirectories).Any());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_character_no_pdf_font_has_is_reported_with_its_place_or_stops_by_option()
    {
        var folder = TempFolder();
        try
        {
            // U+2A6D6 (CJK Extension B) is in no installed font; an emoji that some installed face has would be drawn in it
            var file = Write(folder, "rare.yaml", Minimal.Replace("duties: [负责某某工作。]", "duties: [负责某某工作\U0002A6D6。]"));
            var (exit, output) = Run("generate", file, "--template", PackFolder, "--out", Path.Combine(folder, "warn"), "--format", "html,pdf");
            Assert.Equal(0, exit);
            Assert.Contains("U+2A6D6", output);
            Assert.Contains("负责某某工作\U0002A6D6", output);
            Assert.Equal(2, Directory.GetFiles(Path.Combine(folder, "warn")).Length);

            (exit, output) = Run("generate", file, "--template", PackFolder, "--out", Path.Combine(folder, "error"), "--format", "html,pdf", "--missing-chars", "error");
            Assert.Equal(2, exit);
            Assert.Contains("U+2A6D6", output);
            Assert.False(Directory.Exists(Path.Combine(folder, "error")) && Directory.GetFiles(Path.Combine(folder, "error")).Length > 0);

            // validate finds it too, so "没有发现问题" means generate succeeds
            (exit, output) = Run("validate", file, "--template", PackFolder);
            Assert.Equal(0, exit);
            Assert.Contains("pdf.missing-character", output);
            Assert.Contains("U+2A6D6", output);
            Assert.Equal(1, Run("validate", file, "--template", PackFolder, "--missing-chars", "error").Exit);
            Assert.Equal(2, Run("validate", file, "--template", PackFolder, "--missing-chars", "sometimes").Exit);

            var emoji = Write(folder, "emoji.yaml", Minimal.Replace("duties: [负责某某工作。]", "duties: [负责某某工作😀。]"));
            (exit, output) = Run("validate", emoji, "--template", PackFolder, "--missing-chars", "error");
            Assert.Equal(0, exit);
            Assert.DoesNotContain("pdf.missing-character", output); // the emoji is drawn in an installed face that has it
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_pack_is_checked_against_the_published_digest()
    {
        var folder = TempFolder();
        try
        {
            var pack = Path.Combine(folder, "pack");
            CopyFolder(PackFolder, pack);
            var (exit, output) = Run("templates", "digest", pack);
            Assert.Equal(0, exit);
            var digest = output.Split(' ')[0].Trim();
            Assert.Matches("^[0-9a-f]{64}$", digest);
            Assert.Equal(digest, BudgetReportGen.Templates.Pack.PackDigest.Compute(PackFolder)); // the copy has the same digest

            var data = Write(folder, "d.yaml", Minimal);
            Assert.Equal(0, Run("validate", data, "--template", pack, "--pack-sha256", digest).Exit);

            File.AppendAllText(Path.Combine(pack, "parts", "01-management.md"), "\n追加的一句。\n");
            (exit, output) = Run("validate", data, "--template", pack, "--pack-sha256", digest);
            Assert.Equal(2, exit);
            Assert.Contains("摘要", output);
            Assert.Contains("不一致", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
