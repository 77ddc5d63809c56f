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
    private readonly HashSet<string> packFolders;

    private FontCatalog(IReadOnlyList<string> folders, IEnumerable<string> packFolders)
    {
        this.folders = folders;
        this.packFolders = packFolders.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The folders searched, in order: the writer's extra folders (a template pack's fonts/), then the user's and the system's font folders.</summary>
    public IReadOnlyList<string> SearchedFolders => folders;

    public static FontCatalog For(IReadOnlyList<string> extraFolders)
    {
        var system = SystemFolders().ToList();
        var extra = extraFolders.Select(Path.GetFullPath).Where(f => !system.Contains(f, StringComparer.Ordinal)).ToList();
        return new([.. extra, .. system], extra);
    }

    /// <summary>The standard font folders of this machine's system that exist.</summary>
    public static IEnumerable<string> SystemFolders()
    {
        var windowsFonts = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (windowsFonts.Length == 0 && Environment.GetEnvironmentVariable("WINDIR") is { Length: > 0 } windir) windowsFonts = Path.Combine(windir, "Fonts");
        return StandardFolders(OperatingSystem.IsWindows(), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            windowsFonts, Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)).Where(Directory.Exists);
    }

    /// <summary>
    /// The standard font folders of an OS, in order. Windows: the system folder (%WINDIR%\Fonts: simsun.ttc, simhei.ttf,
    /// simfang.ttf, simkai.ttf) and the per-user folder (%LOCALAPPDATA%\Microsoft\Windows\Fonts, where fonts installed for
    /// one user only, such as 仿宋_GB2312 or 方正小标宋, go). Linux: the user's folders under the home folder, then the system's.
    /// </summary>
    public static IReadOnlyList<string> StandardFolders(bool windows, string home, string windowsFonts, string localAppData)
    {
        var folders = new List<string>();
        if (windows)
        {
            if (windowsFonts.Length > 0) folders.Add(windowsFonts);
            if (localAppData.Length > 0) folders.Add(Path.Combine(localAppData, "Microsoft", "Windows", "Fonts"));
            return folders;
        }
        if (home.Length > 0) folders.AddRange([Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts")]);
        folders.AddRange(["/usr/local/share/fonts", "/usr/share/fonts"]);
        return folders;
    }

    /// <summary>Every face of the searched folders, in folder order.</summary>
    public IEnumerable<FontFace> AllFaces => folders.SelectMany(f => Faces(f, packFolders.Contains(f)));

    /// <summary>Faces whose family names include <paramref name="family"/> (case-insensitive), in folder order.</summary>
    public IEnumerable<FontFace> Find(string family) =>
        folders.SelectMany(f => Faces(f, packFolders.Contains(f))).Where(f => f.FamilyNames.Contains(family, StringComparer.OrdinalIgnoreCase));

    private static IReadOnlyList<FontFace> Faces(string folder, bool pack) =>
        Folders.GetOrAdd((pack ? "pack:" : "system:") + folder, _ => new Lazy<IReadOnlyList<FontFace>>(() => Scan(folder, pack))).Value;

    /// <summary>
    /// The faces of a folder and its subfolders. In a template pack's folder symbolic links are skipped, so a pack's fonts/
    /// holds only its own files (the pack loader has already confined the folder itself to the pack).
    /// </summary>
    private static IReadOnlyList<FontFace> Scan(string folder, bool pack)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        if (pack) options.AttributesToSkip |= FileAttributes.ReparsePoint;
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(p => FontExtensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(Sfnt.ReadFaces)
            .ToList();
    }
}
