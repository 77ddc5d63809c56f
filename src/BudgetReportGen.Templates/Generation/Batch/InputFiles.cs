using System.Text;
using System.Text.RegularExpressions;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>
/// Turns the command line's inputs into data files: a file as it is, a folder searched (with its subfolders) for
/// .yaml/.yml/.json files, and a glob (<c>*.json</c>, <c>data/**/*.yaml</c>) expanded by the tool itself, as Windows
/// passes it unexpanded. Files are returned once each, in ordinal order of their paths; what matches nothing is a problem.
/// </summary>
public static class InputFiles
{
    private static readonly string[] DataExtensions = [".yaml", ".yml", ".json"];

    /// <summary>The data files the inputs name, and a Chinese message for each input that names none.</summary>
    /// <param name="exclude">A folder whose files are never inputs (the output folder: its summary.json is not a department).</param>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Problems) Expand(IEnumerable<string> inputs, string? exclude = null)
    {
        var excluded = exclude is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(exclude)) + Path.DirectorySeparatorChar;
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            IReadOnlyList<string> found;
            if (Directory.Exists(input))
            {
                found = FilesUnder(input, recursive: true)
                    .Where(f => DataExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => excluded is null || !Path.GetFullPath(f).StartsWith(excluded, StringComparison.Ordinal))
                    .ToList();
                if (found.Count == 0) problems.Add($"文件夹“{input}”中没有数据文件（.yaml、.yml 或 .json）。");
            }
            else if (IsGlob(input))
            {
                found = Glob(input).ToList();
                if (found.Count == 0) problems.Add($"没有与“{input}”相符的文件。");
            }
            else found = [input]; // a file (a missing one is reported by the loader, with its name)
            files.AddRange(found.Order(StringComparer.Ordinal));
        }
        return (files.Distinct(StringComparer.Ordinal).ToList(), problems);
    }

    /// <summary>
    /// The files in a folder (and its subfolders): a linked folder is not entered, so a link to a parent folder cannot make
    /// the walk loop (each data file once, not once per /up/up/up/…); linked files are listed.
    /// </summary>
    private static IEnumerable<string> FilesUnder(string root, bool recursive) =>
        new System.IO.Enumeration.FileSystemEnumerable<string>(root,
            (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    public static bool IsGlob(string input) => input.IndexOfAny(['*', '?']) >= 0;

    /// <summary>The files matching a glob: <c>*</c> and <c>?</c> within a name, <c>**</c> across folders.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var fixedParts = parts.TakeWhile(p => !IsGlob(p)).ToList();
        var root = fixedParts.Count == 0 ? "." : string.Join('/', fixedParts);
        if (fixedParts.Count == 1 && fixedParts[0].Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var rest = string.Join('/', parts.Skip(fixedParts.Count));
        var regex = new Regex("^" + ToRegex(rest) + "$", RegexOptions.CultureInvariant);
        var recursive = rest.Contains('/') || rest.Contains("**", StringComparison.Ordinal);
        return FilesUnder(root, recursive)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Select(f => fixedParts.Count == 0 ? Path.GetRelativePath(".", f) : f);
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // “**/” is any number of folders (none too); a trailing “**” is anything.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.ToString();
    }
}
