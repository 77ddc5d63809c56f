using System.Text;
using BudgetReportGen.Templates.Generation;

namespace BudgetReportGen.Templates.Tests.Generation;

/// <summary>A department's outputs are replaced all together or not at all; names fit every file system.</summary>
public class SafeWriteTests
{
    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-write-").FullName;

    [Fact]
    public void A_failure_midway_keeps_the_old_set_and_leaves_no_temporary_files()
    {
        var folder = TempFolder();
        try
        {
            var html = Path.Combine(folder, "r.html");
            var pdf = Path.Combine(folder, "r.pdf");
            File.WriteAllText(html, "old html");
            Directory.CreateDirectory(pdf); // the second move fails: a folder holds the pdf's name
            Assert.Throws<OutputWriteException>(() => SafeWrite.ReplaceAll(folder, [(html, "new html"u8.ToArray()), (pdf, "new pdf"u8.ToArray())]));
            Assert.Equal("old html", File.ReadAllText(html));
            Assert.Equal(["r.html", "r.pdf"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order());

            Directory.Delete(pdf);
            SafeWrite.ReplaceAll(folder, [(html, "new html"u8.ToArray()), (pdf, "new pdf"u8.ToArray())]);
            Assert.Equal("new html", File.ReadAllText(html));
            Assert.Equal("new pdf", File.ReadAllText(pdf));
            Assert.Equal(2, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_run_killed_between_formats_is_rolled_back_to_the_old_set_by_the_next_write()
    {
        var folder = TempFolder();
        try
        {
            string P(string name) => Path.Combine(folder, name);
            // What a run killed after moving the new html in, before the pdf, leaves behind:
            File.WriteAllText(P("r.html"), "new html");
            File.WriteAllText(P("r.html.0123456789ab.old"), "old html");
            File.WriteAllText(P("r.pdf"), "old pdf");
            File.WriteAllText(P("r.pdf.0123456789ab.tmp"), "new pdf");
            File.WriteAllText(P("r.docx.0123456789ab.tmp"), "new docx"); // no docx before: none after
            File.WriteAllText(P(".r.html.0123456789ab.journal"),
                "old\tr.html.0123456789ab.tmp\tr.html.0123456789ab.old\tr.html\n"
                + "old\tr.pdf.0123456789ab.tmp\tr.pdf.0123456789ab.old\tr.pdf\n"
                + "new\tr.docx.0123456789ab.tmp\tr.docx.0123456789ab.old\tr.docx\n");

            SafeWrite.Recover(folder);
            Assert.Equal("old html", File.ReadAllText(P("r.html")));
            Assert.Equal("old pdf", File.ReadAllText(P("r.pdf")));
            Assert.Equal(["r.html", "r.pdf"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_live_runs_journal_is_left_alone()
    {
        var folder = TempFolder();
        try
        {
            var journal = Path.Combine(folder, ".r.html.0123456789ab.journal");
            File.WriteAllText(Path.Combine(folder, "r.html"), "new html");
            using (var held = new FileStream(journal, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                held.Write("new\tr.html.0123456789ab.tmp\tr.html.0123456789ab.old\tr.html\n"u8);
                held.Flush();
                SafeWrite.Recover(folder);
                Assert.True(File.Exists(Path.Combine(folder, "r.html")));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Orphans_of_a_killed_run_are_removed_on_the_next_write()
    {
        var folder = TempFolder();
        try
        {
            var html = Path.Combine(folder, "r.html");
            var orphan = html + ".0123456789ab.tmp";
            var other = Path.Combine(folder, "notes.0123456789ab.tmp"); // not ours: kept
            File.WriteAllText(orphan, "half");
            File.WriteAllText(other, "x");
            File.SetLastWriteTimeUtc(orphan, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            File.SetLastWriteTimeUtc(other, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            SafeWrite.ReplaceAll(folder, [(html, "new"u8.ToArray())]);
            Assert.False(File.Exists(orphan));
            Assert.True(File.Exists(other));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(28, "磁盘空间不足")] // ENOSPC
    [InlineData(unchecked((int)0x80070070), "磁盘空间不足")] // ERROR_DISK_FULL
    [InlineData(unchecked((int)0x80070020), "被其他程序占用")] // ERROR_SHARING_VIOLATION
    public void Write_failures_are_explained_in_chinese(int hresult, string expected)
    {
        var message = SafeWrite.Explain(new IOException("No space left on device", hresult), "/out/r.pdf").Message;
        Assert.Contains(expected, message);
        Assert.Contains("/out/r.pdf", message);
        Assert.Contains("没有写入权限", SafeWrite.Explain(new UnauthorizedAccessException("Access denied"), "/out").Message);
    }

    [Fact]
    public void Long_names_are_shortened_deterministically_within_255_bytes()
    {
        var name = new string('某', 70) + "中心-2023-部门预算公开";
        var safe = OutputFileName.Sanitize(name);
        Assert.True(Encoding.UTF8.GetByteCount(safe) <= OutputFileName.MaxBytes);
        Assert.True(Encoding.UTF8.GetByteCount(safe + ".docx.0123456789ab.tmp") <= 255);
        Assert.Equal(safe, OutputFileName.Sanitize(name));
        Assert.NotEqual(safe, OutputFileName.Sanitize(name.Replace("2023", "2024")));
        Assert.Matches("~[0-9a-f]{8}$", safe);
        var emoji = OutputFileName.Sanitize(string.Concat(Enumerable.Repeat("😀", 60)));
        Assert.True(Encoding.UTF8.GetByteCount(emoji) <= OutputFileName.MaxBytes);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(emoji))); // never cut inside a character
    }

    [Theory]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("名\u001b[2K称", "名_[2K称")]
    [InlineData(" 结尾. ", "结尾")]
    [InlineData("", "报告")]
    public void Names_are_safe_on_windows_and_linux(string name, string expected) => Assert.Equal(expected, OutputFileName.Sanitize(name));

    [Fact]
    public void Lone_surrogates_and_replacement_characters_never_reach_a_name()
    {
        Assert.Equal("坏_字", OutputFileName.Sanitize("坏\ud800字"));
        Assert.Equal("坏_字", OutputFileName.Sanitize("坏\uFFFD字")); // what invalid UTF-8 decodes to elsewhere
    }

    [Fact]
    public void Sixty_four_character_department_generates_on_linux()
    {
        var folder = TempFolder();
        try
        {
            var name = OutputFileName.Sanitize(new string('长', 64) + "中心-2023-部门预算公开");
            var files = new[] { "html", "docx", "pdf" }.Select(ext => (Path.Combine(folder, $"{name}.{ext}"), new byte[] { 1 })).ToList();
            SafeWrite.ReplaceAll(folder, files);
            Assert.Equal(3, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public class InputFolderTests
{
    [Fact]
    public void A_link_to_a_parent_folder_does_not_make_the_walk_loop()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateTempSubdirectory("budgetgen-loop-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            File.WriteAllText(Path.Combine(folder, "a.yaml"), "year: 2023");
            File.WriteAllText(Path.Combine(folder, "sub", "b.yaml"), "year: 2023");
            Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "up"), "..");
            var (files, problems) = BudgetReportGen.Templates.Generation.Batch.InputFiles.Expand([folder]);
            Assert.Empty(problems);
            Assert.Equal([Path.Combine(folder, "a.yaml"), Path.Combine(folder, "sub", "b.yaml")], files);
            var (globbed, _) = BudgetReportGen.Templates.Generation.Batch.InputFiles.Expand([folder + "/**/*.yaml"]);
            Assert.Equal(2, globbed.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
