using System.Globalization;
using System.IO.Packaging;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Loading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Core.Workbooks;

/// <summary>
/// Reads the data-entry workbook (.xlsx, <see cref="DataWorkbookLayout"/>) into <see cref="Model.BudgetData"/>: the sheets become
/// the same tree a YAML or JSON file is parsed into, with every value's sheet and cell, and the one model binder checks it, so
/// every rule of the data format applies unchanged and each problem names its cell (<c>支出功能分类!C14</c>). Problems only a
/// workbook can have — an amount stored as text, a unit code Excel turned into a number, merged cells, an unknown sheet, row
/// or column — are reported here in Chinese.
/// </summary>
public static class DataWorkbookReader
{
    public static LoadResult Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static LoadResult Load(Stream stream, string fileName)
    {
        var map = new SourceMap(fileName);
        var diagnostics = new List<Diagnostic>();
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException
            or System.Xml.XmlException or InvalidOperationException or FormatException or OverflowException)
        {
            diagnostics.Add(new Diagnostic("syntax", Severity.Error, "不是有效的 Excel 工作簿（.xlsx），文件无法读取。", "",
                new SourceLocation(fileName, 1, 1), Found: e.Message,
                Fix: "用 Excel 或 WPS 打开后“另存为” Excel 工作簿（*.xlsx）；旧的 .xls 格式不能直接读取。"));
            return new LoadResult(null, map, diagnostics);
        }
        using (document)
        {
            try
            {
                var reader = new Reader(document, fileName, diagnostics);
                var root = reader.Read();
                var data = new ModelBinder(map, diagnostics).Bind(root);
                reader.Explain(diagnostics);
                return new LoadResult(diagnostics.Any(d => d.Severity == Severity.Error) ? null : data, map, diagnostics);
            }
            catch (Exception e) when (e is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException or IOException
                or FormatException or OverflowException or InvalidOperationException or ArgumentException or KeyNotFoundException)
            {
                // The parts are read lazily: a damaged part (bad compressed data, broken XML) shows only now.
                diagnostics.Add(new Diagnostic("syntax", Severity.Error, "Excel 工作簿已损坏，其中的内容无法读取。", "",
                    new SourceLocation(fileName, 1, 1), Found: e.Message,
                    Fix: "用 Excel 或 WPS 打开并修复后“另存为” Excel 工作簿（*.xlsx）；或用 budgetgen init --xlsx 重新生成填报工作簿再填写。"));
                return new LoadResult(null, map, diagnostics);
            }
        }
    }

    /// <summary>One cell's content as stored.</summary>
    private enum StoredKind { Empty, Text, Number, Boolean, Error }

    private readonly record struct Stored(StoredKind Kind, string Text, bool IsDate)
    {
        public bool IsEmpty => Kind == StoredKind.Empty || (Kind == StoredKind.Text && Text.Trim().Length == 0);
    }

    /// <summary>Where a field path stands and what its column is called, for messages about a field left empty.</summary>
    private sealed record Place(string Sheet, int Row, int Column, string Header);

    private sealed class MMap(int row, int column, string sheet)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public string Sheet { get; } = sheet;
        public List<(string Key, object Value, int Row, int Column, string Sheet)> Entries { get; } = [];
    }

    private sealed class MList(int row, int column, string sheet)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public string Sheet { get; } = sheet;
        public List<object> Items { get; } = [];
    }

    private sealed class Reader(SpreadsheetDocument document, string file, List<Diagnostic> diagnostics)
    {
        private readonly Dictionary<string, Place> _places = new(StringComparer.Ordinal);
        private readonly MMap _root = new(1, 1, DataWorkbookLayout.Sheets[0].Name);
        private readonly Dictionary<int, MMap> _projects = [];
        private string[] _sharedStrings = [];
        private HashSet<uint> _dateStyles = [];

        public DataNode Read()
        {
            var workbookPart = document.WorkbookPart;
            var sheets = workbookPart?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            if (workbookPart is null || sheets.Count == 0)
            {
                Error("schema.required", "", "工作簿中没有任何工作表。", 1, 1, null, "用 budgetgen init --xlsx 生成一个空白工作簿再填写。");
                return Convert(_root);
            }
            _sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            _dateStyles = DateStyles(workbookPart);
            var byName = sheets.Where(s => s.Name?.Value is not null).ToDictionary(s => s.Name!.Value!, s => s, StringComparer.Ordinal);
            var expected = DataWorkbookLayout.Sheets.Select(s => s.Name).Append(DataWorkbookLayout.GuideSheet).Append(DataWorkbookLayout.ListsSheet).ToList();
            foreach (var sheet in sheets)
            {
                var name = sheet.Name?.Value ?? "";
                if (expected.Contains(name)) continue;
                var cells = Cells(workbookPart, sheet);
                if (cells.Values.All(r => r.Values.All(c => c.IsEmpty))) continue;
                var suggestion = DidYouMean.Closest(name, expected);
                diagnostics.Add(new Diagnostic("workbook.unknown-sheet", Severity.Warning,
                    $"工作表“{name}”不是数据工作簿的工作表，其中的内容不会被读取。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"),
                    "", new SourceLocation(file, 1, 1, name), Expected: string.Join("、", expected), Found: name,
                    Fix: suggestion is null ? "把内容移到对应的工作表；只作草稿的工作表可以忽略本提示。" : $"把工作表改名为“{suggestion}”。"));
            }
            foreach (var layout in DataWorkbookLayout.Sheets)
            {
                if (!byName.TryGetValue(layout.Name, out var sheet)) continue;
                foreach (var merge in WorksheetOf(workbookPart, sheet).Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
                {
                    var range = merge.Reference?.Value ?? "";
                    var (row, column) = Parse(range.Split(':')[0]);
                    Error("workbook.merged", "", $"工作表“{layout.Name}”中有合并的单元格（{range}），无法逐行读取。", row, column, layout.Name,
                        "取消合并（开始 → 合并后居中 → 取消单元格合并），并在每一行填写完整的内容。", found: range);
                }
                var cells = Cells(workbookPart, sheet);
                if (layout is FormSheet form) ReadForm(form, cells);
                else ReadList((ListSheet)layout, cells);
            }
            // Income is a required block: a 收入 sheet left blank means no income, not a missing block.
            if (byName.ContainsKey("收入") && !_root.Entries.Any(e => e.Key == "income"))
                _root.Entries.Add(("income", new MMap(1, 1, "收入"), 1, 1, "收入"));
            return Convert(_root);
        }

        /// <summary>Rewrites the binder's “missing field” findings in the workbook's terms: the column's Chinese name and its cell.</summary>
        public void Explain(List<Diagnostic> found)
        {
            // A value that was there but unreadable (reported above) is not also “missing”.
            found.RemoveAll(d => d.RuleId == "schema.required" && d.Path.Length > 0 && _reported.Contains(d.Path)
                                 && !d.Message.StartsWith("工作表", StringComparison.Ordinal));
            for (var i = 0; i < found.Count; i++)
            {
                var d = found[i];
                if (d.RuleId != "schema.required" || !_places.TryGetValue(d.Path, out var place)) continue;
                var location = new SourceLocation(file, place.Row, place.Column, place.Sheet);
                found[i] = d with
                {
                    Message = $"缺少必填项“{place.Header}”（{location.Place}）。",
                    Location = location,
                    Fix = $"在工作表“{place.Sheet}”的 {location.Cell} 填写{place.Header}。",
                };
            }
        }

        private void ReadForm(FormSheet form, Dictionary<int, Dictionary<int, Stored>> cells)
        {
            var headers = Headers(form.Name, cells, form.ValueHeaders.Prepend("项目").Append("说明"));
            var rowsByLabel = form.Rows.GroupBy(r => Label(r.Label)).ToDictionary(g => g.Key, g => g.First());
            var seen = new HashSet<FormRow>();
            foreach (var (r, row) in cells.Where(p => p.Key > 1).OrderBy(p => p.Key))
            {
                var labelText = row.TryGetValue(1, out var l) && l.Kind == StoredKind.Text ? Label(l.Text) : "";
                if (!rowsByLabel.TryGetValue(labelText, out var formRow))
                {
                    if (row.Where(c => c.Key > 1 && c.Key < form.ValueHeaders.Count + 2).Any(c => !c.Value.IsEmpty))
                        diagnostics.Add(new Diagnostic("workbook.unknown-row", Severity.Warning,
                            $"工作表“{form.Name}”第 {r} 行的项目“{labelText}”不是本表的项目，这一行不会被读取。", "",
                            new SourceLocation(file, r, 1, form.Name), Found: labelText,
                            Expected: string.Join("、", form.Rows.Select(x => x.Label)), Fix: "A 列的项目名称不要修改；这一行是草稿可以忽略本提示。"));
                    continue;
                }
                seen.Add(formRow);
                for (var c = 0; c < formRow.Cells.Count; c++)
                {
                    if (formRow.Cells[c] is not { } column || column.Kind == CellKind.Computed) continue;
                    if (!headers.TryGetValue(form.ValueHeaders[c], out var index)) continue;
                    var stored = row.GetValueOrDefault(index);
                    var node = Value(column, stored, form.Name, r, index, column.Field);
                    if (DataWorkbookWriter.IsTextList(column.Field))
                    {
                        _places.TryAdd(column.Field, new Place(form.Name, r, index, formRow.Label));
                        if (node is not null) List(_root, column.Field, r, index, form.Name).Items.Add(node);
                        continue;
                    }
                    _places.TryAdd(column.Field, new Place(form.Name, r, index, formRow.Label));
                    if (node is not null) Set(_root, column.Field, node, r, index, form.Name);
                }
            }
            // A required field whose row is missing altogether: point at the sheet.
            foreach (var formRow in form.Rows.Where(x => !seen.Contains(x)))
            foreach (var column in formRow.Cells.OfType<Column>().Where(c => c.Field.Length > 0))
                _places.TryAdd(column.Field, new Place(form.Name, 1, 1, formRow.Label));
        }

        private void ReadList(ListSheet sheet, Dictionary<int, Dictionary<int, Stored>> cells)
        {
            var names = sheet.Columns.Select(c => c.Header).ToList();
            if (sheet.HasSelector) names.Insert(0, ListSheet.SelectorHeader);
            var headers = Headers(sheet.Name, cells, names);
            var readable = sheet.Columns.Where(c => c.Kind != CellKind.Computed && headers.ContainsKey(c.Header)).ToList();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var projectPosition = 0;
            foreach (var (r, row) in cells.Where(p => p.Key > 1).OrderBy(p => p.Key))
            {
                var selectorColumn = sheet.HasSelector && headers.TryGetValue(ListSheet.SelectorHeader, out var s) ? s : 0;
                var used = readable.Select(c => headers[c.Header]).Append(selectorColumn).Where(c => c > 0).ToHashSet();
                if (used.All(c => row.GetValueOrDefault(c).IsEmpty)) continue;
                var path = sheet.Lists[0].Value;
                if (sheet.HasSelector)
                {
                    var label = row.GetValueOrDefault(selectorColumn);
                    var match = sheet.Lists.FirstOrDefault(x => x.Key == label.Text.Trim());
                    if (match.Value is null)
                    {
                        var choices = string.Join("、", sheet.Lists.Select(x => x.Key));
                        Error("schema.enum", "", label.IsEmpty
                                ? $"工作表“{sheet.Name}”第 {r} 行没有选择类别。"
                                : $"类别“{label.Text}”不是允许的取值，应为以下之一：{choices}。",
                            r, Math.Max(selectorColumn, 1), sheet.Name, $"在类别列选择 {choices} 之一。", expected: choices, found: label.Text);
                        continue;
                    }
                    path = match.Value;
                }

                // A sheet keyed by 项目序号 (绩效指标, 项目说明): a row belongs to the project with that number, or, where the sheet
                // also holds the department's own list (整体绩效指标), to the department when the number is left empty.
                var owner = _root;
                var record = false;
                if (sheet.IsProjectKeyed)
                {
                    var numberColumn = headers.GetValueOrDefault(DataWorkbookLayout.ProjectNumberHeader);
                    var number = numberColumn > 0 ? row.GetValueOrDefault(numberColumn) : default;
                    var projectField = sheet.Lists.First(l => ListSheet.IsPerProject(l.Value)).Value[ListSheet.ProjectPrefix.Length..];
                    var departmentRows = sheet.Lists.Any(l => !ListSheet.IsPerProject(l.Value));
                    if (number.IsEmpty && !departmentRows)
                    {
                        Error("workbook.project-number", "", $"工作表“{sheet.Name}”第 {r} 行没有填项目序号。", r, Math.Max(numberColumn, 1), sheet.Name,
                            "填写“项目”表 A 列中该项目的序号。");
                        continue;
                    }
                    if (!number.IsEmpty)
                    {
                        if (number.Kind != StoredKind.Number || !int.TryParse(Plain(number.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !_projects.TryGetValue(n, out var project))
                        {
                            Error("workbook.project-number", "", $"项目序号“{number.Text}”在“项目”表中找不到。", r, numberColumn, sheet.Name,
                                "填写“项目”表 A 列中该项目的序号" + (departmentRows ? "；部门整体绩效目标的指标不填项目序号。" : "。"), found: number.Text);
                            continue;
                        }
                        owner = project;
                        path = projectField;
                        record = !IsList(typeof(Model.Project), projectField);
                        if (record && project.Entries.Any(e => e.Key == projectField))
                        {
                            Error("schema.duplicate-key", "", $"项目序号 {n} 在工作表“{sheet.Name}”中出现了不止一次，每个项目只能有一行。", r, numberColumn, sheet.Name,
                                "把同一项目的内容合并到一行，或改正项目序号。", found: n.ToString(CultureInfo.InvariantCulture));
                            continue;
                        }
                    }
                }

                var first = used.Min();
                if (record)
                {
                    var described = new MMap(r, first, sheet.Name);
                    owner.Entries.Add((path, described, r, first, sheet.Name));
                    ReadCells(sheet, row, r, readable, headers, described, $"{ProjectPath(owner)}.{path}", path);
                    continue;
                }
                var list = List(owner, path, r, 1, sheet.Name);
                var index = list.Items.Count;
                var itemPath = owner == _root ? $"{path}[{index}]" : $"{ProjectPath(owner)}.{path}[{index}]";
                if (DataWorkbookWriter.IsTextList(path))
                {
                    var column = sheet.Columns.First(c => c.Field.Length == 0);
                    var c = headers.GetValueOrDefault(column.Header);
                    var node = c == 0 ? null : Value(column, row.GetValueOrDefault(c), sheet.Name, r, c, itemPath);
                    if (node is not null) list.Items.Add(node);
                    else Error("schema.required", itemPath, $"工作表“{sheet.Name}”第 {r} 行的“{column.Header}”是空的。", r, Math.Max(c, 1), sheet.Name,
                        $"填写{column.Header}，或删除这一行。");
                    foreach (var other in readable.Where(x => x != column && !row.GetValueOrDefault(headers[x.Header]).IsEmpty))
                        diagnostics.Add(new Diagnostic("workbook.ignored-cell", Severity.Warning,
                            $"“{sheet.Lists.First(x => x.Value == path).Key}”行不填“{other.Header}”，这个单元格不会被读取。", "",
                            new SourceLocation(file, r, headers[other.Header], sheet.Name), Fix: "清空这个单元格，或把类别改为应填它的那一类。"));
                    continue;
                }
                var item = new MMap(r, first, sheet.Name);
                list.Items.Add(item);
                if (sheet.Name == DataWorkbookLayout.ProjectSheet)
                {
                    projectPosition++;
                    var number = headers.TryGetValue("序号", out var nc) ? row.GetValueOrDefault(nc) : default;
                    var key = number.Kind == StoredKind.Number && int.TryParse(Plain(number.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : projectPosition;
                    if (!_projects.TryAdd(key, item))
                        Error("schema.duplicate-key", "", $"项目序号 {key} 重复出现，“绩效指标”“项目说明”表无法确定内容属于哪个项目。", r, Math.Max(nc, 1), sheet.Name,
                            "给每个项目一个不同的序号（1、2、3……）。", found: key.ToString(CultureInfo.InvariantCulture));
                    _projectPaths[item] = $"projects[{index}]";
                }
                ReadCells(sheet, row, r, readable, headers, item, itemPath, path);
            }
        }

        /// <summary>A list row's cells into its item (or record) at <paramref name="itemPath"/>.</summary>
        private void ReadCells(ListSheet sheet, Dictionary<int, Stored> row, int r, List<Column> readable, Dictionary<string, int> headers,
            MMap item, string itemPath, string path)
        {
            foreach (var column in readable)
            {
                if (column.Header == "序号" && sheet.Name == DataWorkbookLayout.ProjectSheet) continue;
                if (column.Header == DataWorkbookLayout.ProjectNumberHeader) continue;
                var c = headers[column.Header];
                if (column.OnlyFor.Count > 0 && !column.OnlyFor.Contains(path))
                {
                    if (!row.GetValueOrDefault(c).IsEmpty)
                        diagnostics.Add(new Diagnostic("workbook.ignored-cell", Severity.Warning,
                            $"这一类的行不填“{column.Header}”，这个单元格不会被读取。", "", new SourceLocation(file, r, c, sheet.Name),
                            Fix: "清空这个单元格，或把类别改为应填它的那一类。"));
                    continue;
                }
                var field = column.Field.Length == 0 ? "name" : column.Field;
                _places[$"{itemPath}.{field}"] = new Place(sheet.Name, r, c, column.Header);
                var node = Value(column, row.GetValueOrDefault(c), sheet.Name, r, c, $"{itemPath}.{field}");
                if (node is not null) Set(item, field, node, r, c, sheet.Name);
            }
        }

        /// <summary>True when a model record's field is a list (a project's indicators), false for a record (its description).</summary>
        private static bool IsList(Type owner, string field)
        {
            var type = DataFormat.Fields(owner).First(f => f.Name == field).Property.PropertyType;
            return type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
        }

        private readonly Dictionary<MMap, string> _projectPaths = [];

        private string ProjectPath(MMap project) => _projectPaths[project];

        /// <summary>The column of each expected header (by its text in row 1); unknown headers over data are reported.</summary>
        private Dictionary<string, int> Headers(string sheet, Dictionary<int, Dictionary<int, Stored>> cells, IEnumerable<string> expected)
        {
            var wanted = expected.ToList();
            var headers = new Dictionary<string, int>(StringComparer.Ordinal);
            var row = cells.GetValueOrDefault(1) ?? [];
            foreach (var (c, cell) in row.OrderBy(p => p.Key))
            {
                var text = cell.Text.Trim();
                if (wanted.Contains(text))
                {
                    headers.TryAdd(text, c);
                    continue;
                }
                if (cells.Any(p => p.Key > 1 && !p.Value.GetValueOrDefault(c).IsEmpty))
                {
                    var suggestion = DidYouMean.Closest(text, wanted);
                    diagnostics.Add(new Diagnostic("workbook.unknown-column", Severity.Warning,
                        $"工作表“{sheet}”的列“{text}”不是本表的列，这一列不会被读取。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"), "",
                        new SourceLocation(file, 1, c, sheet), Expected: string.Join("、", wanted), Found: text,
                        Fix: suggestion is null ? "表头不要修改；草稿列可以忽略本提示。" : $"把表头改回“{suggestion}”。"));
                }
            }
            foreach (var missing in wanted.Where(w => !headers.ContainsKey(w) && !w.EndsWith(DataWorkbookLayout.ComputedMark, StringComparison.Ordinal)
                         && w != "说明" && w != DataWorkbookLayout.ProjectNameHeader))
                if (cells.Keys.Any(k => k > 1))
                    diagnostics.Add(new Diagnostic("workbook.missing-column", Severity.Warning,
                        $"工作表“{sheet}”缺少列“{missing}”，这一列的内容按未填写处理。", "", new SourceLocation(file, 1, 1, sheet),
                        Expected: missing, Fix: "不要删除或改写表头；可以用 budgetgen init --xlsx 生成一个新的工作簿对照。"));
            return headers;
        }

        /// <summary>A cell turned into the scalar the binder reads, or null when it is empty or wrong (then the problem is reported).</summary>
        private ScalarNode? Value(Column column, Stored cell, string sheet, int r, int c, string path)
        {
            ScalarNode Node(string text, ScalarKind kind) => new(text, kind, r, c) { Sheet = sheet };
            if (cell.Kind == StoredKind.Error)
            {
                Error("schema.type", path, $"单元格是错误值 {cell.Text}。", r, c, sheet, "改正公式或直接填写数值。", found: cell.Text);
                return null;
            }
            if (cell.IsEmpty) return column.EmptyIsText ? Node("", ScalarKind.String) : null;
            var text = cell.Text.Trim();
            switch (column.Kind)
            {
                case CellKind.Amount or CellKind.Integer:
                    if (cell.Kind == StoredKind.Number) return Node(Plain(cell.Text), ScalarKind.Number);
                    var what = column.Kind == CellKind.Amount ? "金额" : "数量";
                    var cleaned = text.Replace(",", "").Replace("，", "").Replace("万元", "").Replace("元", "").Trim();
                    var hint = decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                        ? $"单元格中的{what}存成了文本“{text}”，不是数字。"
                        : $"{what}应为数字，实际为文本“{text}”。";
                    Error("schema.type", path, hint, r, c, sheet,
                        "选中该单元格，把格式设为“数值”（或点单元格旁的提示选“转换为数字”），只填数字，不加千分位逗号、引号和单位"
                        + (cleaned.Length > 0 && decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                            ? $"，如 {d.ToString(CultureInfo.InvariantCulture)}。" : "。"),
                        expected: column.Kind == CellKind.Amount ? "数值" : "整数", found: $"文本“{text}”");
                    return null;
                case CellKind.Bool:
                    if (cell.Kind == StoredKind.Boolean) return Node(cell.Text == "1" ? "true" : "false", ScalarKind.Boolean);
                    if (text is "是" or "true" or "TRUE" or "True") return Node("true", ScalarKind.Boolean);
                    if (text is "否" or "false" or "FALSE" or "False") return Node("false", ScalarKind.Boolean);
                    Error("schema.type", path, $"应为“是”或“否”，实际为“{text}”。", r, c, sheet, "从下拉列表选择“是”或“否”（不填即否）。", expected: "是、否", found: text);
                    return null;
                case CellKind.Choice:
                    if (column.ValueOf(text) is { } value) return Node(value, ScalarKind.String);
                    var choices = DataWorkbookLayout.Choices(column);
                    var suggestion = DidYouMean.Closest(text, column.Labels.Select(x => x.Key));
                    Error("schema.enum", path, $"“{text}”不是允许的取值，应为以下之一：{choices}。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"), r, c, sheet,
                        suggestion is null ? $"从下拉列表选择 {choices} 之一。" : $"改为“{suggestion}”。", expected: choices, found: text);
                    return null;
                case CellKind.CodeKeepZeros when cell.Kind == StoredKind.Number:
                    Error("workbook.code-as-number", path, $"编码存成了数字 {Plain(cell.Text)}，Excel 会去掉编码开头的 0。", r, c, sheet,
                        "把该单元格的格式设为“文本”（或先输入英文单引号 '），再按原样输入编码，如 013002。",
                        expected: "文本格式的编码", found: $"数字 {Plain(cell.Text)}");
                    return null;
                case CellKind.Code when cell.Kind == StoredKind.Number:
                    // Classification codes never start with 0 (2080109, 30101): a number typed in is its digits.
                    return Node(Plain(cell.Text), ScalarKind.String);
                case CellKind.Date when cell.Kind == StoredKind.Number:
                    if (double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                        return Node(DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ScalarKind.String);
                    return Node(Plain(cell.Text), ScalarKind.String);
                default:
                    if (cell.Kind == StoredKind.Number) return Node(Plain(cell.Text), ScalarKind.String);
                    if (cell.Kind == StoredKind.Boolean) return Node(cell.Text == "1" ? "TRUE" : "FALSE", ScalarKind.String);
                    return Node(column.Kind is CellKind.Text ? cell.Text : text, ScalarKind.String);
            }
        }

        /// <summary>A sheet's worksheet; a sheet whose part is missing or holds no worksheet is a damaged workbook (caught by the loader).</summary>
        private static Worksheet WorksheetOf(WorkbookPart workbookPart, Sheet sheet) =>
            sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart { Worksheet: { } worksheet } ? worksheet
            : throw new InvalidDataException($"工作表“{sheet.Name?.Value}”的内容缺失或已损坏。");

        private Dictionary<int, Dictionary<int, Stored>> Cells(WorkbookPart workbookPart, Sheet sheet)
        {
            var result = new Dictionary<int, Dictionary<int, Stored>>();
            if (sheet.Id?.Value is null) return result;
            var lastRow = 0;
            foreach (var row in WorksheetOf(workbookPart, sheet).Descendants<Row>())
            {
                var r = row.RowIndex?.Value is { } ri ? (int)ri : lastRow + 1;
                lastRow = r;
                var lastColumn = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var c = cell.CellReference?.Value is { } reference ? Parse(reference).Column : lastColumn + 1;
                    lastColumn = c;
                    var stored = Read(cell);
                    if (stored.Kind == StoredKind.Empty) continue;
                    if (!result.TryGetValue(r, out var cells)) result[r] = cells = [];
                    cells[c] = stored;
                }
            }
            return result;
        }

        private Stored Read(Cell cell)
        {
            var type = cell.DataType?.Value;
            var value = cell.CellValue?.Text;
            if (type == CellValues.InlineString) return new Stored(StoredKind.Text, cell.InlineString?.InnerText ?? "", false);
            if (value is null) return default;
            if (type == CellValues.SharedString)
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Length
                    ? new Stored(StoredKind.Text, _sharedStrings[i], false) : default;
            if (type == CellValues.String) return new Stored(StoredKind.Text, value, false);
            if (type == CellValues.Boolean) return new Stored(StoredKind.Boolean, value.Trim() is "1" or "true" ? "1" : "0", false);
            if (type == CellValues.Error) return new Stored(StoredKind.Error, value, false);
            if (type == CellValues.Date)
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new Stored(StoredKind.Number, date.ToOADate().ToString(CultureInfo.InvariantCulture), true) : new Stored(StoredKind.Text, value, false);
            return new Stored(StoredKind.Number, value.Trim(), cell.StyleIndex?.Value is { } s && _dateStyles.Contains(s));
        }

        private static HashSet<uint> DateStyles(WorkbookPart workbookPart)
        {
            var styles = workbookPart.WorkbookStylesPart?.Stylesheet;
            var formats = styles?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null)
                .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
            var result = new HashSet<uint>();
            var index = 0u;
            foreach (var xf in styles?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                var id = xf.NumberFormatId?.Value ?? 0;
                var isDate = id is >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58
                             || (formats.TryGetValue(id, out var code) && IsDateFormat(code));
                if (isDate) result.Add(index);
                index++;
            }
            return result;
        }

        private static bool IsDateFormat(string code)
        {
            var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
            return bare.IndexOfAny(['y', 'd', 'Y', 'D']) >= 0 || bare.Contains("m", StringComparison.OrdinalIgnoreCase) && !bare.Contains('0') && !bare.Contains('#');
        }

        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

        private void Error(string rule, string path, string message, int row, int column, string? sheet, string fix, string? expected = null, string? found = null)
        {
            if (path.Length > 0) _reported.Add(path);
            diagnostics.Add(new Diagnostic(rule, Severity.Error, message, path,
                new SourceLocation(file, row, column, sheet), expected, found, fix));
        }

        private static string Label(string text) => text.Trim().Replace(DataWorkbookLayout.ComputedMark, "", StringComparison.Ordinal);

        private static void Set(MMap map, string path, object value, int row, int column, string sheet)
        {
            var keys = path.Split('.');
            for (var i = 0; i < keys.Length - 1; i++)
            {
                var existing = map.Entries.FirstOrDefault(e => e.Key == keys[i] && e.Value is MMap);
                if (existing.Value is MMap next) map = next;
                else
                {
                    var created = new MMap(row, column, sheet);
                    map.Entries.Add((keys[i], created, row, column, sheet));
                    map = created;
                }
            }
            map.Entries.Add((keys[^1], value, row, column, sheet));
        }

        private static MList List(MMap map, string path, int row, int column, string sheet)
        {
            var keys = path.Split('.');
            for (var i = 0; i < keys.Length; i++)
            {
                var last = i == keys.Length - 1;
                var existing = map.Entries.FirstOrDefault(e => e.Key == keys[i] && (last ? e.Value is MList : e.Value is MMap));
                if (last)
                {
                    if (existing.Value is MList list) return list;
                    var created = new MList(row, column, sheet);
                    map.Entries.Add((keys[i], created, row, column, sheet));
                    return created;
                }
                if (existing.Value is MMap next) map = next;
                else
                {
                    var created = new MMap(row, column, sheet);
                    map.Entries.Add((keys[i], created, row, column, sheet));
                    map = created;
                }
            }
            throw new InvalidOperationException(path);
        }

        private static DataNode Convert(object node) => node switch
        {
            ScalarNode scalar => scalar,
            MMap map => new MappingNode(map.Entries.Select(e => new MappingEntry(e.Key, e.Row, e.Column, Convert(e.Value), e.Sheet)).ToList(), map.Row, map.Column) { Sheet = map.Sheet },
            MList list => new SequenceNode(list.Items.Select(Convert).ToList(), list.Row, list.Column) { Sheet = list.Sheet },
            _ => throw new InvalidOperationException(node.GetType().Name),
        };
    }

    /// <summary>A stored number as exact decimal text: as written when it has at most 15 significant digits (so 276.40 stays 276.40),
    /// else the shortest text of the double Excel stored (276.39999999999998 → 276.4).</summary>
    internal static string Plain(string stored)
    {
        var text = stored.Trim();
        if (!text.Contains('e') && !text.Contains('E')
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var exact)
            && text.Count(char.IsAsciiDigit) - text.TakeWhile(ch => ch is '0' or '.' or '-' or '+').Count(char.IsAsciiDigit) <= 15)
            return exact.ToString(CultureInfo.InvariantCulture);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && decimal.TryParse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var shortest))
            return shortest.ToString(CultureInfo.InvariantCulture);
        return text;
    }

    private static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return (int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 1, Math.Max(column, 1));
    }
}
