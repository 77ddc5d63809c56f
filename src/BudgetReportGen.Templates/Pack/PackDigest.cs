using System.Security.Cryptography;
using System.Text;

namespace BudgetReportGen.Templates.Pack;

/// <summary>
/// The SHA-256 digest of a whole template pack, which a finance bureau can publish with the pack so that departments check
/// they use the pack as released (<c>budgetgen templates digest</c>; <c>--pack-sha256</c> or BUDGETGEN_PACK_SHA256).
/// It covers every file under the pack folder by its relative path (with /) and content, and every symbolic link by its
/// target, in ordinal order of path; so adding, removing, renaming or changing any file changes it. Hidden files count too.
/// </summary>
public static class PackDigest
{
    public static string Compute(string folder)
    {
        var root = Path.GetFullPath(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var lines = new StringBuilder();
        var entries = Directory.EnumerateFileSystemEntries(root, "*", options)
            .Select(p => (Path: p, Relative: Path.GetRelativePath(root, p).Replace('\\', '/')))
            .OrderBy(e => e.Relative, StringComparer.Ordinal);
        var skipBelow = new List<string>(); // folders reached through a link are described by the link, not walked
        foreach (var (path, relative) in entries)
        {
            if (skipBelow.Any(s => relative.StartsWith(s + "/", StringComparison.Ordinal))) continue;
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                lines.Append("link ").Append(relative).Append('\0').Append(target).Append('\n');
                skipBelow.Add(relative);
            }
            else if (info.Exists)
            {
                using var stream = File.OpenRead(path);
                lines.Append("file ").Append(relative).Append('\0').Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append('\n');
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }
}
