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
        return PackFolders().Select(folder => Path.Combine(folder, wanted)).FirstOrDefault(c => File.Exists(Path.Combine(c, "pack.yaml")));
    }

    /// <summary>Every pack that can be named by its folder name, once each (the first folder found wins, as in <see cref="Find"/>).</summary>
    public static IReadOnlyList<string> Installed() =>
        PackFolders().Where(Directory.Exists)
            .SelectMany(folder => Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "pack.yaml"))).Order(StringComparer.Ordinal))
            .DistinctBy(Path.GetFileName)
            .ToList();

    /// <summary>The <c>templates</c> folders searched, in order.</summary>
    private static IEnumerable<string> PackFolders()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                yield return Path.Combine(dir.FullName, "templates");
    }
}
