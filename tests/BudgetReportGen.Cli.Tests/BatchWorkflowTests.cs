using System.Text;
using System.Text.Json;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Sampling;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// The bureau's workflow: a folder, a glob or a list of department files in one command; results (index, summaries,
/// manifest) beside the reports; shards that partition a batch and merge back; safe writes; the pack checker.
/// </summary>
public class BatchWorkflowTests
{
    private static readonly string PackFolder = RepoFiles.PathOf("templates/liaoning-2023");
    private static readonly Lazy<DepartmentGenerator> Departments = new(() =>
        new DepartmentGenerator(ClassificationCatalog.Load(Path.Combine(PackFolder, "classifications"))));

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-batchflow-").FullName;

    /// <summary>Writes <paramref name="count"/> generated departments (seed 11) into a new folder, YAML and JSON alternating.</summary>
    private static string Inputs(int count)
    {
        var folder = TempFolder();
        for (var i = 0; i < count; i++)
            BudgetDataWriter.WriteFile(Departments.Value.Generate(11, i), Path.Combine(folder, $"d{i:000}.{(i % 2 == 0 ? "yaml" : "json")}"));
        return folder;
    }

    private static JsonElement Json(string folder, string file) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, file))).RootElement;

    [Fact]
    public void Fifty_departments_and_two_broken_files_from_a_folder()
    {
        var input = Inputs(50);
        File.Copy(RepoFiles.Broken("negative-amount.yaml"), Path.Combine(input, "broken-negative.yaml"));
        File.Copy(RepoFiles.Broken("malformed.json"), Path.Combine(input, "broken-malformed.json"));
        var output = TempFolder();

        var (exit, text) = Run("generate", input, "--out", output, "--template", PackFolder);

        Assert.True(exit == 1, text); // not every department succeeded
        Assert.Contains("共 52 个数据文件：成功 50 个，失败 2 个。", text);
        Assert.Contains("broken-negative.yaml", text);
        Assert.Contains("broken-malformed.json", text);
        // The other 50 are complete, each in its own folder, in all three formats.
        var folders = Directory.GetDirectories(output);
        Assert.Equal(50, folders.Length);
        Assert.All(folders, folder => Assert.Equal(["docx", "html", "pdf"],
            Directory.GetFiles(folder).Select(f => Path.GetExtension(f).TrimStart('.')).Order(StringComparer.Ordinal)));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));

        // The summary names both broken files with their reason; the CSV opens in Excel (UTF-8 with BOM).
        var summary = Json(output, "summary.json");
        var failed = summary.GetProperty("departments").EnumerateArray().Where(d => !d.GetProperty("succeeded").GetBoolean()).ToList();
        Assert.Equal(["broken-malformed.json", "broken-negative.yaml"], failed.Select(d => Path.GetFileName(d.GetProperty("input").GetString()!)));
        Assert.All(failed, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("failure").GetString())));
        var csv = File.ReadAllBytes(Path.Combine(output, "summary.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(53, lines.Length);
        Assert.StartsWith("数据文件,部门,年度,状态,错误数,警告数,收支总预算（万元）", lines[0]);
        Assert.Contains(lines, l => l.Contains("broken-negative.yaml") && l.Contains(",失败,"));

        // The index lists every department with its figures and links to its three files.
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("52 个部门的预算公开报告", index);
        Assert.Contains("成功 50 个，失败 2 个", index);
        var first = summary.GetProperty("departments").EnumerateArray().First(d => d.GetProperty("succeeded").GetBoolean());
        Assert.Contains(first.GetProperty("department").GetString()!, index);
        Assert.Equal(150, System.Text.RegularExpressions.Regex.Matches(index, "<a href=").Count);

        // Every diagnostic of every department, with its rule and place.
        var diagnostics = Json(output, "diagnostics.json").EnumerateArray().ToList();
        var negative = diagnostics.Single(d => d.GetProperty("input").GetString()!.EndsWith("broken-negative.yaml"));
        Assert.Contains(negative.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("rule").GetString() == "schema.negative"
            && d.GetProperty("line").GetInt32() > 0);

        // The manifest proves which input made which output.
        var manifest = Json(output, "manifest.json");
        Assert.Equal("liaoning-2023", manifest.GetProperty("pack").GetProperty("id").GetString());
        Assert.Equal("图解=false", manifest.GetProperty("pack").GetProperty("options").GetString());
        var entry = manifest.GetProperty("departments").EnumerateArray().First(d => d.GetProperty("outputs").GetArrayLength() == 3);
        var pdf = entry.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("path").GetString()!.EndsWith(".pdf"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(output, pdf.GetProperty("path").GetString()!)))),
            pdf.GetProperty("sha256").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry.GetProperty("input").GetString()!))),
            entry.GetProperty("input_sha256").GetString());
    }

    [Fact]
    public void A_glob_is_expanded_by_the_tool_and_the_manifest_is_reproducible()
    {
        var input = Inputs(6);
        var first = TempFolder();
        var second = TempFolder();
        var glob = Path.Combine(input, "*.json"); // quoted, as Windows passes it

        Assert.Equal(0, Run("generate", glob, "--out", first, "--format", "html", "--template", PackFolder).Exit);
        Assert.Equal(0, Run("generate", glob, "--out", second, "--format", "html", "--template", PackFolder).Exit);

        Assert.Equal(3, Directory.GetDirectories(first).Length); // d001, d003, d005
        foreach (var file in new[] { "manifest.json", "summary.json", "summary.csv", "diagnostics.json", "index.html" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Fact]
    public void An_input_that_names_nothing_is_a_usage_error()
    {
        var (exit, text) = Run("generate", Path.Combine(TempFolder(), "*.yaml"), "--out", TempFolder());
        Assert.Equal(2, exit);
        Assert.Contains("没有与", text);
        Assert.DoesNotContain("没有读取权限", text);
    }

    [Fact]
    public void Shards_partition_the_batch_and_merge_back_to_the_unsharded_result()
    {
        var input = Inputs(14);
        var whole = TempFolder();
        Assert.Equal(0, Run("generate", input, "--out", whole, "--format", "html", "--template", PackFolder).Exit);

        var shards = Enumerable.Range(1, 3).Select(k =>
        {
            var folder = TempFolder();
            Assert.Equal(0, Run("generate", input, "--shard", $"{k}/3", "--out", folder, "--format", "html", "--template", PackFolder).Exit);
            return folder;
        }).ToList();
        var inputsPerShard = shards.Select(s => Json(s, "manifest.json").GetProperty("departments").EnumerateArray()
            .Select(d => d.GetProperty("input").GetString()!).ToList()).ToList();
        Assert.Equal(14, inputsPerShard.Sum(s => s.Count));
        Assert.Equal(14, inputsPerShard.SelectMany(s => s).Distinct().Count()); // each department in exactly one shard

        var merged = TempFolder();
        var (exit, text) = Run(["merge-results", .. shards, "--out", merged]);
        Assert.True(exit == 0, text);
        foreach (var file in new[] { "manifest.json", "summary.json", "summary.csv", "diagnostics.json", "index.html" })
            Assert.Equal(File.ReadAllText(Path.Combine(whole, file)), File.ReadAllText(Path.Combine(merged, file)));
        Assert.Equal(14, Directory.GetDirectories(merged).Length);

        // A shard that gets no file (possible with few inputs) still records its pack and merges.
        var empty = TempFolder();
        Assert.Equal(0, Run("generate", Path.Combine(input, "d000.yaml"), "--shard", "1/1000", "--out", empty, "--format", "html", "--template", PackFolder).Exit
            + Run("generate", Path.Combine(input, "d000.yaml"), "--shard", "2/1000", "--out", empty, "--format", "html", "--template", PackFolder).Exit);
        Assert.Equal("liaoning-2023", Json(empty, "manifest.json").GetProperty("pack").GetProperty("id").GetString());

        // A shard given twice is refused.
        var (refused, why) = Run("merge-results", shards[0], shards[0], "--out", TempFolder());
        Assert.Equal(2, refused);
        Assert.Contains("同时出现在", why);
    }

    [Fact]
    public void Templates_check_finds_a_fault_in_a_branch_the_sample_never_reaches()
    {
        var pack = Path.Combine(TempFolder(), "pack");
        TestTools.CopyFolder(PackFolder, pack);
        var part = Path.Combine(pack, "parts", "04-explanation.md");
        // The sample has vehicles, so its report never takes the “无车辆” branch; generated departments do.
        File.WriteAllText(part, File.ReadAllText(part).Replace("{{ if v.total == 0 }}无车辆{{ else }}", "{{ if v.total == 0 }}无车辆{{ v.totl }}{{ else }}"));

        var (valid, _) = Run("validate", RepoFiles.SampleYaml, "--template", pack);
        Assert.Equal(0, valid); // the sample alone does not find it

        var (exit, text) = Run("templates", "check", pack, "--count", "40");
        Assert.Equal(1, exit);
        Assert.Contains("04-explanation.md:", text);
        Assert.Contains("totl", text);
        Assert.Contains("个部门遇到", text);

        var (clean, ok) = Run("templates", "check", PackFolder, "--count", "40");
        Assert.True(clean == 0, ok);
    }

    [Fact]
    public void Templates_list_shows_the_installed_packs()
    {
        var (exit, text) = Run("templates", "list");
        Assert.Equal(0, exit);
        Assert.Contains("liaoning-2023", text);
        Assert.Contains("1.0.0", text);
    }

    [Fact]
    public void A_killed_run_leaves_no_partial_file_under_a_final_name()
    {
        var input = Inputs(24);
        var output = TempFolder();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "budgetgen.dll"), "generate", input, "--out", output, "--template", PackFolder })
            start.ArgumentList.Add(arg);
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            // Kill it while it is writing: once the first department's files are there.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories).Any()) Thread.Sleep(20);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var finals = Directory.GetFiles(output, "*-部门预算公开.*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp")).ToList();
        Assert.NotEmpty(finals);
        foreach (var file in finals)
        {
            var bytes = File.ReadAllBytes(file);
            switch (Path.GetExtension(file))
            {
                case ".pdf": Assert.Contains("%%EOF", Encoding.ASCII.GetString(bytes[^32..])); break;
                case ".html": Assert.EndsWith("</html>", Encoding.UTF8.GetString(bytes).TrimEnd()); break;
                case ".docx": using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes))) Assert.NotNull(zip.GetEntry("word/document.xml")); break;
            }
        }
    }

}
