using System.Diagnostics;

namespace BudgetReportGen.Tests.Shared;

/// <summary>What several test projects need from the file system and the machine: copying a folder, running a tool.</summary>
public static class TestTools
{
    /// <summary>Copies every file under <paramref name="from"/> into <paramref name="to"/>, keeping the relative paths.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Runs a tool; fails the test with its output when it does not end with exit code 0 within <paramref name="timeout"/>.</summary>
    public static void Run(string file, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{file} timed out");
        }
        if (process.ExitCode != 0) throw new Xunit.Sdk.XunitException($"{file} exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
    }

    /// <summary>
    /// Runs a tool that .ci/run installs (xmllint, chromium, qpdf) and returns its exit code and output (stdout, then stderr).
    /// A tool that is not installed fails the test, naming the package to install: a check never passes silently without its tool.
    /// </summary>
    public static (int ExitCode, string Output) RunTool(string file, string package, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException($"'{file}' is not installed; this check needs it: apt-get install {package} (.ci/run installs it).");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"{file} timed out");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
