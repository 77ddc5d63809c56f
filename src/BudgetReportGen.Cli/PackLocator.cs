namespace BudgetReportGen.Cli;

/// <summary>
/// Finds a template pack from <c>--template</c>: a folder path, or a pack name looked up as <c>templates/&lt;name&gt;</c>
/// in the current folder and its parents, then beside the program.
/// </summary>
public static class PackLocator
{
    /// <summary>The file in a packs folder that names the pack used when neither --template nor the data file names one.</summary>
    public const string DefaultFile = "default-pack.txt";

    /// <summary>
    /// The pack used when nothing names one: the name written in <see cref="DefaultFile"/> of the first packs folder that has
    /// one (a bureau sets it when it installs its packs), else the only installed pack; null when that is not decided.
    /// </summary>
    public static string? DefaultPack =>
        PackFolders().Select(folder => Path.Combine(folder, DefaultFile)).Where(File.Exists)
            .Select(file => File.ReadAllText(file).Trim()).FirstOrDefault(name => name.Length > 0)
        ?? (Installed() is [var only] ? Path.GetFileName(only) : null);

    public static string? Find(string? nameOrFolder)
    {
        var wanted = nameOrFolder ?? DefaultPack;
        if (wanted is null) return null;
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
