namespace BudgetReportGen.Templates.Pack;

/// <summary>
/// Confines a template pack to its folder: every path the pack names (parts, style, tables, lookups, classifications, fonts)
/// must lie inside the pack folder after every symbolic link on the way is resolved, so a pack cannot publish
/// /etc/passwd, ../../secrets or a link to them, nor make the PDF writer scan the whole disk for fonts.
/// </summary>
public static class PackPaths
{
    private const int MaxLinkHops = 40;

    /// <summary>The absolute path with every symbolic link (of any component) resolved; parts that do not exist are kept as written.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var hops = 0;
        while (true)
        {
            var root = Path.GetPathRoot(full) ?? "";
            var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var restarted = false;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                string? target;
                try
                {
                    target = new FileInfo(next).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    target = null;
                }
                if (target is null)
                {
                    current = next;
                    continue;
                }
                if (++hops > MaxLinkHops) throw new IOException($"too many levels of symbolic links: {path}");
                var resolved = Path.GetFullPath(target, current);
                full = Path.GetFullPath(Path.Combine([resolved, .. parts[(i + 1)..]]));
                restarted = true;
                break;
            }
            if (!restarted) return current;
        }
    }

    /// <summary>True when <paramref name="path"/> (real) is <paramref name="folder"/> (real) or inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return path.Equals(root, comparison) || path.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>
    /// The path of <paramref name="relative"/> in the pack folder <paramref name="packFolder"/>, or null when it leads outside
    /// (an absolute path, .., or a symbolic link to elsewhere).
    /// </summary>
    public static string? Inside(string packFolder, string relative)
    {
        if (relative.Length == 0 || relative.Contains('\0')) return null;
        string real, folder;
        try
        {
            folder = RealPath(packFolder);
            real = RealPath(Path.Combine(packFolder, relative));
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        return IsInside(real, folder) ? real : null;
    }

    /// <summary>The message for a path that leads out of the pack.</summary>
    public static string OutsideMessage(string key, string relative) =>
        $"{key} 的路径“{relative}”不在模板包目录之内（绝对路径、.. 或指向别处的符号链接都不允许）。模板包只能使用自己目录中的文件：请把文件复制到模板包目录中，并写相对于 pack.yaml 的路径。";
}
