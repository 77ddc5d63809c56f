using System.Text;
using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Core.Classification;

/// <summary>A line of a classification CSV: its 1-based line number and its fields.</summary>
internal sealed record CsvLine(int Number, IReadOnlyList<string> Fields);

/// <summary>
/// Reads a small UTF-8 CSV with a fixed header (fields separated by commas, optionally in double quotes with "" for a quote).
/// Blank lines are skipped. Anything malformed becomes a <see cref="ClassificationCatalogException"/> naming the file and line.
/// </summary>
internal static class CsvFile
{
    public const string RuleId = "catalog.csv";

    public static IReadOnlyList<CsvLine> Read(string path, IReadOnlyList<string> header)
    {
        if (!File.Exists(path))
            throw Fail(path, 0, $"找不到分类文件 {path}。", $"在分类目录中放入 {Path.GetFileName(path)}（UTF-8，首行为 {string.Join(",", header)}）。");
        string[] lines;
        try
        {
            var text = Loading.InputFile.ReadText(path);
            if (Loading.InputLimits.TextProblem(text) is { } problem)
                throw Fail(path, 1 + text.AsSpan(0, Loading.InputLimits.ProblemIndex(text)).Count('\n'), $"分类文件 {Path.GetFileName(path)} 中{problem}。", "删除该字符。");
            lines = text.ReplaceLineEndings("\n").Split('\n');
            if (lines.Length > 0 && lines[^1].Length == 0) lines = lines[..^1];
        }
        catch (Loading.InputFileException e)
        {
            throw Fail(path, e.Line, $"无法读取分类文件：{e.Reason}", "分类文件应为 UTF-8 编码的 CSV 文件。");
        }
        if (lines.Length == 0 || lines[0].Trim().TrimStart('\uFEFF') != string.Join(",", header))
            throw Fail(path, 1, $"分类文件 {Path.GetFileName(path)} 的首行应为“{string.Join(",", header)}”，实为“{(lines.Length == 0 ? "" : lines[0])}”。",
                $"把第 1 行改为 {string.Join(",", header)}。");

        var result = new List<CsvLine>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var fields = Split(lines[i], path, i + 1);
            if (fields.Count != header.Count)
                throw Fail(path, i + 1, $"分类文件 {Path.GetFileName(path)} 第 {i + 1} 行有 {fields.Count} 列，应为 {header.Count} 列（{string.Join(",", header)}）。",
                    "每行按表头写齐各列，用英文逗号分隔；名称中含逗号时用英文双引号括起来。");
            var empty = fields.Select((f, n) => (f, n)).FirstOrDefault(x => x.f.Length == 0);
            if (empty.f is not null)
                throw Fail(path, i + 1, $"分类文件 {Path.GetFileName(path)} 第 {i + 1} 行的 {header[empty.n]} 为空。", $"填写 {header[empty.n]}，或删除该行。");
            result.Add(new CsvLine(i + 1, fields));
        }
        return result;
    }

    public static ClassificationCatalogException Fail(string path, int line, string message, string fix) =>
        new(new Diagnostic(RuleId, Severity.Error, message, Path.GetFileName(path),
            line > 0 ? new SourceLocation(path, line, 1) : null, Fix: fix));

    private static List<string> Split(string line, string path, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); quoted = true; }
            else if (c == ',') { fields.Add(field.ToString().Trim()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted)
            throw Fail(path, number, $"分类文件 {Path.GetFileName(path)} 第 {number} 行的双引号没有闭合。", "在字段末尾补上英文双引号。");
        fields.Add(field.ToString().Trim());
        return fields;
    }
}
