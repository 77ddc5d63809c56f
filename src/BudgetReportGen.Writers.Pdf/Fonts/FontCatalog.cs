using System.Collections.Concurrent;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The font faces installed in a set of folders, indexed by every family name in their <c>name</c> tables
/// (so "SimSun" and "宋体" both find simsun.ttc). Each folder is scanned once per process; thread-safe.
/// </summary>
internal sealed class FontCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<FontFace>>> Folders = new(StringComparer.Ordinal);
    private static readonly string[] FontExtensions = [".ttf", ".ttc", ".otf", ".otc"];

    private readonly IReadOnlyList<string> folders;

    private FontCatalog(IReadOnlyList<string> folders) => this.folders = folders;

    /// <summary>The folders searched, in order: the writer's extra folders (a template pack's fonts/), then the user's and the system's font folders.</summary>
    public IReadOnlyList<string> SearchedFolders => folders;

    public static FontCatalog For(IReadOnlyList<string> extraFolders) =>
        new([.. extraFolders.Select(Path.GetFullPath), .. SystemFolders()]);

    /// <summary>The standard font folders of Linux and Windows that exist on this machine.</summary>
    public static IEnumerable<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string>();
        if (home.Length > 0)
        {
            candidates.Add(Path.Combine(home, ".local", "share", "fonts"));
            candidates.Add(Path.Combine(home, ".fonts"));
        }
        candidates.Add("/usr/local/share/fonts");
        candidates.Add("/usr/share/fonts");
        var windows = Environment.GetEnvironmentVariable("WINDIR");
        if (!string.IsNullOrEmpty(windows)) candidates.Add(Path.Combine(windows, "Fonts"));
        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (OperatingSystem.IsWindows() && localAppData.Length > 0)
            candidates.Add(Path.Combine(localAppData, "Microsoft", "Windows", "Fonts"));
        return candidates.Where(Directory.Exists);
    }

    /// <summary>Faces whose family names include <paramref name="family"/> (case-insensitive), in folder order.</summary>
    public IEnumerable<FontFace> Find(string family) =>
        folders.SelectMany(Faces).Where(f => f.FamilyNames.Contains(family, StringComparer.OrdinalIgnoreCase));

    private static IReadOnlyList<FontFace> Faces(string folder) =>
        Folders.GetOrAdd(folder, f => new Lazy<IReadOnlyList<FontFace>>(() => Scan(f))).Value;

    private static IReadOnlyList<FontFace> Scan(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(p => FontExtensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(Sfnt.ReadFaces)
            .ToList();
    }
}
