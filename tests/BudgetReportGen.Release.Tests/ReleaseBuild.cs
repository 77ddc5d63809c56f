using System.Diagnostics;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Release.Tests;

/// <summary>
/// Builds the release archives once per test run: copies the repository's sources to a temporary folder (so the publishes
/// never touch the build the other test projects are running from) and runs <c>scripts/release.sh</c> there for all three
/// runtimes. Publishing is the slow part (about a minute per runtime on two cores); every test of the collection shares it.
/// </summary>
public sealed class ReleaseBuild : IDisposable
{
    public static readonly string[] Runtimes = ["linux-x64", "win-x64", "linux-arm64"];

    public string Work { get; }
    public string Source { get; }
    public string Archives { get; }
    public string Log { get; }
    public TimeSpan Elapsed { get; }

    public ReleaseBuild()
    {
        Work = Directory.CreateTempSubdirectory("budgetgen-release-").FullName;
        Source = Path.Combine(Work, "src copy");
        Archives = Path.Combine(Work, "archives");
        Log = Path.Combine(Work, "release.log");
        CopySources(RepoFiles.Root, Source);
        var clock = Stopwatch.StartNew();
        var (exit, _) = Tools.Run("bash", [Path.Combine(Source, "scripts", "release.sh"), "--out", Archives, .. Runtimes], Source, Log);
        Elapsed = clock.Elapsed;
        if (exit != 0) throw new InvalidOperationException($"scripts/release.sh failed ({exit}):\n{Tools.Tail(Log)}");
    }

    /// <summary>The copies, builds and archives take about 1 GB: removed after the run (kept when the build failed, for its log).</summary>
    public void Dispose()
    {
        try { Directory.Delete(Work, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public string Archive(string runtime) => Path.Combine(Archives, $"budgetgen-{Version}-{runtime}.zip");

    public static string Version => BudgetReportGen.Cli.Program.Version;

    /// <summary>What a clean clone has that the release needs: sources, packs, examples, release texts, scripts, build settings.</summary>
    private static void CopySources(string from, string to)
    {
        foreach (var folder in new[] { "src", "templates", "data", "release", "scripts" })
            Tools.CopyFolder(Path.Combine(from, folder), Path.Combine(to, folder), skip: name => name is "bin" or "obj");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
    }
}

[CollectionDefinition(Name)]
public sealed class ReleaseCollection : ICollectionFixture<ReleaseBuild>
{
    public const string Name = "release build";
}

/// <summary>Runs programs for the tests: output to a log file, never a pipe a lingering build server could hold open.</summary>
public static class Tools
{
    public static (int Exit, string Output) Run(string program, IEnumerable<string> args, string folder, string? log = null,
        IDictionary<string, string?>? environment = null, bool cleanEnvironment = false)
    {
        var keepLog = log is not null;
        log ??= Path.Combine(Path.GetTempPath(), $"budgetgen-run-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >>\"$BUDGETGEN_TEST_LOG\" 2>&1 </dev/null");
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (cleanEnvironment) start.Environment.Clear();
        else
        {
            // A nested build must not reuse the test host's MSBuild settings nor leave servers behind.
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
                start.Environment.Remove(name);
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        start.Environment["BUDGETGEN_TEST_LOG"] = log;
        if (cleanEnvironment) start.FileName = "/bin/bash";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        var output = File.Exists(log) ? File.ReadAllText(log) : "";
        if (!keepLog) File.Delete(log);
        return (process.ExitCode, output);
    }

    public static string Tail(string log, int lines = 40) =>
        File.Exists(log) ? string.Join('\n', File.ReadAllLines(log).TakeLast(lines)) : "(no log)";

    public static void CopyFolder(string from, string to, Func<string, bool>? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            if (skip?.Invoke(Path.GetFileName(dir)) != true) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)), skip);
    }
}
