using System.Text;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Workbooks;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>What <c>init</c> and <c>convert</c> share: parsing their options, and writing data as .yaml/.yml, .json or .xlsx.</summary>
internal static class DataFileOutput
{
    public static readonly string[] Extensions = [".yaml", ".yml", ".json", ".xlsx"];

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Writes the file whole (to a temporary file, then moved into place); a workbook needs the pack's catalog.</summary>
    public static void Write(BudgetData data, string path, Func<ClassificationCatalog> catalog, IReadOnlyList<string>? yamlHeader = null, bool commented = false)
    {
        byte[] bytes = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => DataWorkbookWriter.Write(data, catalog()),
            ".json" => Utf8(BudgetDataWriter.ToJson(data)),
            _ => Utf8(commented ? CommentedYamlWriter.Write(data, yamlHeader ?? []) : BudgetDataWriter.ToYaml(data, yamlHeader)),
        };
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    /// <summary>Options as name → value, and the other arguments in order; an error message for the user, or null.</summary>
    public static (Dictionary<string, string> Values, List<string> Files, HashSet<string> Flags, string? Error) Parse(
        IReadOnlyList<string> args, string command, string[] options, string[] flags)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i] == "-o" ? "--out" : args[i];
            if (flags.Contains(arg)) { set.Add(arg); continue; }
            if (!arg.StartsWith('-')) { files.Add(arg); continue; }
            if (!options.Contains(arg)) return (values, files, set, $"{command} 不认识选项“{args[i]}”。");
            if (i + 1 >= args.Count) return (values, files, set, $"选项 {args[i]} 后面应给出值。");
            values[arg] = args[++i];
        }
        return (values, files, set, null);
    }

    /// <summary>Prints a file's findings when there are any (errors stop the command; warnings are shown and it goes on).</summary>
    public static void Print(string file, LoadResult load, IAnsiConsole console)
    {
        if (load.Diagnostics.Count > 0) DiagnosticReport.WriteFindings(new FileFindings(file, load.Diagnostics), console);
    }
}
