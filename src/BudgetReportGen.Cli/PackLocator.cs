namespace BudgetReportGen.Cli;

/// <summary>
/// Finds a template pack from <c>--template</c>: a folder path (anything with a path separator, or <c>.</c>/<c>..</c>) that
/// holds pack.yaml, or a pack name looked up, in order, in the explicit packs folder (<c>--packs</c>, else the
/// <c>BUDGETGEN_PACKS</c> variable) and in the <c>templates/</c> folder beside the program. The current folder and its
/// parents are never searched: a stray <c>templates/</c> folder where a clerk happens to be cannot replace the real pack.
/// </summary>
public static class PackLocator
{
    public const string PacksVariable = "BUDGETGEN_PACKS";

    /// <summary>The file in a packs folder that names the pack used when neither --template nor the data file names one.</summary>
    public const string DefaultFile = "default-pack.txt";

    /// <summary>
    /// The pack used when nothing names one: the name written in <see cref="DefaultFile"/> of the first searched packs folder
    /// that has one (a bureau sets it when it installs its packs), else the only installed pack; null when that is not decided.
    /// </summary>
    public static string? DefaultPackIn(IReadOnlyList<string> searchFolders) =>
        searchFolders.Select(folder => Path.Combine(folder, DefaultFile)).Where(File.Exists)
            .Select(file => File.ReadAllText(file).Trim()).FirstOrDefault(name => name.Length > 0)
        ?? (Installed(searchFolders) is [var only] ? Path.GetFileName(only) : null);

    /// <summary>Every pack that can be named, once each (the first folder found wins, as in <see cref="Find"/>).</summary>
    public static IReadOnlyList<string> Installed(IReadOnlyList<string> searchFolders) =>
        searchFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "pack.yaml"))).Order(StringComparer.Ordinal))
            .DistinctBy(Path.GetFileName)
            .ToList();

    /// <summary>The folders a pack name is looked up in, in order.</summary>
    public static IReadOnlyList<string> SearchFolders(string? packsOption, string? packsVariable, string programFolder)
    {
        var explicitFolder = !string.IsNullOrWhiteSpace(packsOption) ? packsOption
            : !string.IsNullOrWhiteSpace(packsVariable) ? packsVariable : null;
        return explicitFolder is null
            ? [Path.Combine(programFolder, "templates")]
            : [Path.GetFullPath(explicitFolder), Path.Combine(programFolder, "templates")];
    }

    /// <summary>The folders a pack name is looked up in by this process: --packs or BUDGETGEN_PACKS, then beside the program.</summary>
    public static IReadOnlyList<string> SearchFolders(string? packsOption) =>
        SearchFolders(packsOption, Environment.GetEnvironmentVariable(PacksVariable), AppContext.BaseDirectory);

    /// <summary>Whether <paramref name="value"/> names a folder (rather than a pack to look up).</summary>
    public static bool IsPath(string value) =>
        value is "." or ".." || value.Contains('/') || value.Contains('\\') || Path.IsPathRooted(value);

    /// <summary>The full path of the pack folder, or null when there is none.</summary>
    public static string? Find(string? nameOrFolder, IReadOnlyList<string> searchFolders)
    {
        var wanted = nameOrFolder ?? DefaultPackIn(searchFolders);
        if (wanted is null) return null;
        if (IsPath(wanted))
            return File.Exists(Path.Combine(wanted, "pack.yaml")) ? Path.GetFullPath(wanted) : null;
        return searchFolders.Select(folder => Path.Combine(folder, wanted))
            .FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, "pack.yaml")));
    }
}
