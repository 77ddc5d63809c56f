using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// Loads a department's budget data file (YAML: .yaml/.yml, JSON: .json, or the data-entry workbook .xlsx — one content,
/// see docs/data-format.md and docs/excel.md) into <see cref="Model.BudgetData"/>. Never throws for bad input: every problem
/// comes back as a <see cref="Diagnostic"/> with a Chinese message and its file:line:column (file:工作表!单元格 in a workbook).
/// </summary>
public static class BudgetDataLoader
{
    /// <summary>True for a file name the workbook reader reads (.xlsx).</summary>
    public static bool IsWorkbook(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static LoadResult Load(string path)
    {
        string text;
        try
        {
            if (IsWorkbook(path))
            {
                using var stream = new MemoryStream(InputFile.ReadBytes(path));
                if (InputFile.WorkbookTooLarge(stream) is { } reason)
                    return new LoadResult(null, new SourceMap(path), [new Diagnostic("file.unreadable", Severity.Error, $"{reason}：{path}", "",
                        new SourceLocation(path, 1, 1), Fix: "数据填报工作簿只需几百 KB；请用 budgetgen init --xlsx 重新生成填报工作簿，再把数据复制进去。")]);
                return Workbooks.DataWorkbookReader.Load(stream, path);
            }
            text = InputFile.ReadText(path);
        }
        catch (InputFileException e)
        {
            var diagnostic = new Diagnostic("file.unreadable", Severity.Error, e.Reason, "", new SourceLocation(path, e.Line, e.Column),
                Fix: "检查文件路径和文件名是否写对（包括扩展名 .yaml/.yml/.json/.xlsx）、是否有权限读取，以及文件是否为 UTF-8 编码。");
            return new LoadResult(null, new SourceMap(path), [diagnostic]);
        }
        return Load(text, path);
    }

    /// <summary>Loads data from text; <paramref name="fileName"/> names it in diagnostics and chooses the format by its extension
    /// (.json is JSON; anything else is read as YAML, of which JSON is also a subset).</summary>
    public static LoadResult Load(string text, string fileName)
    {
        text = text.TrimStart('\uFEFF'); // a byte-order mark is not content
        var map = new SourceMap(fileName);
        var diagnostics = new List<Diagnostic>();
        var isJson = Path.GetExtension(fileName).Equals(".json", StringComparison.OrdinalIgnoreCase);
        DataNode? root;
        try
        {
            root = string.IsNullOrWhiteSpace(text) ? null : isJson ? JsonTreeReader.Read(text) : YamlTreeReader.Read(text);
        }
        catch (SyntaxError e)
        {
            var format = isJson ? "JSON" : "YAML";
            diagnostics.Add(new Diagnostic("syntax", Severity.Error,
                $"{format} 格式错误，文件无法解析（第 {e.Line} 行第 {e.Column} 列附近）。", "",
                new SourceLocation(fileName, e.Line, e.Column), Found: e.Message,
                Fix: isJson
                    ? "检查该位置附近的逗号、引号和括号是否配对；最后一项后面不能有逗号；文字要用英文双引号。"
                    : "检查该行及上一行：缩进只能用空格（不能用 Tab）且同级对齐，冒号后要有空格，引号要配对。"));
            return new LoadResult(null, map, diagnostics);
        }
        if (root is null)
        {
            diagnostics.Add(new Diagnostic("schema.required", Severity.Error, "文件是空的，没有任何预算数据。", "",
                new SourceLocation(fileName, 1, 1), Fix: "从 data/examples/ 中的示例文件复制一份，再改成本单位的数据。"));
            return new LoadResult(null, map, diagnostics);
        }
        var data = new ModelBinder(map, diagnostics).Bind(root);
        return new LoadResult(data, map, diagnostics);
    }
}
