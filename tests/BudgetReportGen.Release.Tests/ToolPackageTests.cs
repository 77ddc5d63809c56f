using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Release.Tests;

/// <summary>
/// The dotnet tool package, for those who have .NET: packed from the same sources, installed from a local folder with
/// <c>dotnet tool install</c>, it finds its template packs beside itself and generates the sample. Needs the SDK.
/// </summary>
[Collection(ReleaseCollection.Name)]
public class ToolPackageTests(ReleaseBuild build, ITestOutputHelper log)
{
    [Fact]
    public void The_tool_installs_from_a_local_folder_and_generates_the_sample()
    {
        var packages = Path.Combine(build.Work, "tool packages");
        var tools = Path.Combine(build.Work, "tool 安装");
        var (exit, output) = Tools.Run("dotnet", ["pack", Path.Combine(build.Source, "src", "BudgetReportGen.Cli"), "-c", "Release", "-o", packages, "-nologo"], build.Source);
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(packages, $"BudgetReportGen.{ReleaseBuild.Version}.nupkg")), output);

        (exit, output) = Tools.Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "BudgetReportGen"], build.Work);
        Assert.True(exit == 0, output);

        var budgetgen = Path.Combine(tools, "budgetgen");
        (exit, output) = Tools.Run(budgetgen, ["--version"], build.Work);
        Assert.True(exit == 0, output);
        Assert.Equal($"budgetgen {ReleaseBuild.Version}", output.Trim());

        var report = Path.Combine(build.Work, "tool report");
        (exit, output) = Tools.Run(budgetgen, ["generate", RepoFiles.SampleYaml, "--out", report], build.Work);
        log.WriteLine(output);
        Assert.True(exit == 0, output);
        Assert.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}liaoning-2023）", output); // the pack inside the tool
        Assert.Contains(tools, output);
        Assert.Equal(3, Directory.GetFiles(report).Length);
    }
}
