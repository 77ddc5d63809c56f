namespace BudgetReportGen.Cli;

/// <summary>
/// Finds a template pack from <c>--template</c>: a folder path, or a pack name looked up as <c>templates/&lt;name&gt;</c>
/// in the current folder and its parents, then beside the program.
/// </summary>
public static class PackLocator
{
    public const string DefaultPack = "liaoning-2023";

    public static string? Find(string? nameOrFolder)
    {
        var wanted = nameOrFolder ?? DefaultPack;
        if (Directory.Exists(wanted) && File.Exists(Path.Combine(wanted, "pack.yaml"))) return wanted;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates", wanted);
                if (File.Exists(Path.Combine(candidate, "pack.yaml"))) return candidate;
            }
        return null;
    }
}
