using System.IO.Compression;
using BudgetReportGen.Cli;
using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Release.Tests;

/// <summary>
/// The release archives (scripts/release.sh): each holds the single-file program, the template packs, the examples,
/// 使用说明.txt and the licences; the linux-x64 one, unzipped into a folder whose path has a space and Chinese characters
/// and run with no .NET on PATH, writes the sample report in all three formats byte for byte as the development build does.
/// </summary>
[Collection(ReleaseCollection.Name)]
public class ReleaseArchiveTests(ReleaseBuild build, ITestOutputHelper log)
{
    private const string BaseName = "鞍山市社会保险事业服务中心-2023-部门预算公开";

    [Theory]
    [InlineData("linux-x64", "budgetgen")]
    [InlineData("win-x64", "budgetgen.exe")]
    [InlineData("linux-arm64", "budgetgen")]
    public void Each_archive_holds_the_program_packs_examples_instructions_and_licences(string runtime, string program)
    {
        log.WriteLine($"release.sh for {string.Join(", ", ReleaseBuild.Runtimes)}: {build.Elapsed.TotalSeconds:F0} s");
        var archive = build.Archive(runtime);
        Assert.True(File.Exists(archive), $"{archive}\n{Tools.Tail(build.Log)}");
        log.WriteLine($"{Path.GetFileName(archive)}: {new FileInfo(archive).Length / 1048576.0:F1} MiB");

        using var zip = ZipFile.OpenRead(archive);
        var root = $"budgetgen-{ReleaseBuild.Version}-{runtime}/";
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.All(names, n => Assert.StartsWith(root, n));
        foreach (var expected in new[]
                 {
                     program, "templates/liaoning-2023/pack.yaml", "templates/liaoning-2023/style.yaml",
                     "examples/anshan-social-insurance-2023.yaml", "examples/anshan-social-insurance-2023.json",
                     "使用说明.txt", "THIRD-PARTY-NOTICES.txt", "licences/dotnet-runtime-LICENSE.txt",
                 })
            Assert.Contains(root + expected, names);
        // Every file of the repository's pack is there, as a plain folder a bureau can add to or replace.
        var pack = RepoFiles.PathOf("templates/liaoning-2023");
        foreach (var file in Directory.GetFiles(pack, "*", SearchOption.AllDirectories))
            Assert.Contains(root + "templates/liaoning-2023/" + Path.GetRelativePath(pack, file).Replace('\\', '/'), names);
        // One program file: no runtime, no libraries, no symbols beside it.
        Assert.DoesNotContain(names, n => n.EndsWith(".dll") || n.EndsWith(".pdb") || n.EndsWith(".so") || n.EndsWith(".json") && !n.Contains("/examples/"));

        var exe = zip.GetEntry(root + program)!;
        Assert.True(exe.Length > 30_000_000, $"self-contained program is {exe.Length} bytes");
        if (runtime.StartsWith("linux")) Assert.True(((exe.ExternalAttributes >> 16) & 0b001_001_001) != 0, "the Linux program is executable once unzipped");
        using var reader = new StreamReader(zip.GetEntry(root + "使用说明.txt")!.Open());
        var instructions = reader.ReadToEnd();
        Assert.Contains("fonts-wqy-microhei", instructions);
        Assert.Contains("拖到 budgetgen.exe", instructions);
        using var notices = new StreamReader(zip.GetEntry(root + "THIRD-PARTY-NOTICES.txt")!.Open());
        var text = notices.ReadToEnd();
        foreach (var library in new[] { "Scriban", "Markdig", "DocumentFormat.OpenXml", "PDFsharp", "YamlDotNet", "JsonSchema.Net", "Spectre.Console", ".NET runtime" })
            Assert.Contains(library, text);
    }

    [Fact]
    public void The_linux_x64_program_runs_from_a_fresh_folder_without_dotnet_and_writes_the_same_bytes_as_the_development_build()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
            return; // the linux-x64 program runs only there; the archive is still checked above

        // Unzipped as a clerk would, into a folder whose path has a space and Chinese characters.
        var fresh = Path.Combine(build.Work, "x", "发布 测试");
        Directory.CreateDirectory(fresh);
        Unzip(build.Archive("linux-x64"), fresh);
        var folder = Path.Combine(fresh, $"budgetgen-{ReleaseBuild.Version}-linux-x64");
        var program = Path.Combine(folder, "budgetgen");
        var data = Path.Combine(folder, "我的 数据.yaml");
        File.Copy(Path.Combine(folder, "examples", "anshan-social-insurance-2023.yaml"), data);

        // No SDK: PATH is an empty folder (no dotnet anywhere on it), DOTNET_ROOT unset, a home of its own.
        var emptyPath = Directory.CreateDirectory(Path.Combine(build.Work, "empty path")).FullName;
        var environment = new Dictionary<string, string?> { ["PATH"] = emptyPath, ["HOME"] = fresh, ["LANG"] = "C.UTF-8" };
        (int Exit, string Output) Budgetgen(params string[] args) =>
            Tools.Run(program, args, folder, environment: environment, cleanEnvironment: true);

        var (exit, output) = Budgetgen("--version");
        Assert.True(exit == 0, output);
        Assert.Equal($"budgetgen {ReleaseBuild.Version}", output.Trim());

        (exit, output) = Budgetgen("generate", "我的 数据.yaml", "--out", "报告 输出");
        log.WriteLine(output);
        Assert.True(exit == 0, output);
        Assert.Contains($"模板包：辽宁省鞍山市部门预算公开模板（2023年度） 1.0.0（{Path.Combine(folder, "templates", "liaoning-2023")}）", output);

        var development = Directory.CreateTempSubdirectory("budgetgen-dev-").FullName;
        var devOutput = new StringWriter();
        Assert.Equal(0, Program.Run(["generate", RepoFiles.SampleYaml, "--out", development], devOutput));
        foreach (var format in new[] { "html", "docx", "pdf" })
        {
            var released = File.ReadAllBytes(Path.Combine(folder, "报告 输出", $"{BaseName}.{format}"));
            var expected = File.ReadAllBytes(Path.Combine(development, $"{BaseName}.{format}"));
            Assert.True(expected.AsSpan().SequenceEqual(released), $"{format}: {released.Length} bytes from the release, {expected.Length} from the development build");
        }

        // Dropped on the program: the report goes next to the data file.
        var dropped = Path.Combine(fresh, "数据 文件夹");
        Directory.CreateDirectory(dropped);
        File.Copy(data, Path.Combine(dropped, "部门.yaml"));
        (exit, output) = Budgetgen(Path.Combine(dropped, "部门.yaml"));
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(dropped, $"{BaseName}.pdf")), output);
    }

    /// <summary>With unzip where it is installed (as a clerk's file manager does), else with .NET's own.</summary>
    private static void Unzip(string archive, string folder)
    {
        if (File.Exists("/usr/bin/unzip"))
        {
            var (exit, output) = Tools.Run("/usr/bin/unzip", ["-q", archive], folder);
            Assert.True(exit == 0, output);
        }
        else ZipFile.ExtractToDirectory(archive, folder);
    }
}
