using System.Globalization;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using S = BudgetReportGen.Core.Workbooks.DataWorkbookStyles;

namespace BudgetReportGen.Core.Workbooks;

/// <summary>
/// Writes a department's data as the data-entry workbook (.xlsx) described by <see cref="DataWorkbookLayout"/>: one sheet per
/// section, Chinese headers, drop-down lists of the pack's codes and of the fixed choices, a help prompt on every column,
/// frozen header rows, and the figures the tool computes shown as grey formulas (not to be filled). Every value is written
/// exactly as the YAML writer would write it (amounts as exact numbers, codes as text), so reading the workbook back gives
/// the same data. The same data and catalog always give the same bytes.
/// </summary>
public static class DataWorkbookWriter
{
    /// <summary>Rows below the data that still carry the drop-downs and formulas, for the rows a user adds.</summary>
    private const int SpareRows = 300;

    public static byte[] Write(BudgetData data, ClassificationCatalog catalog)
    {
        var tree = WrittenTree.Of(data);
        return Xlsx.Save(document =>
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new Sheets();
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheets,
                new CalculationProperties { CalculationId = 191029 });
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = S.Build();

            uint id = 1;
            Xlsx.AddSheet(workbookPart, sheets, DataWorkbookLayout.GuideSheet, id++, GuideSheet());
            foreach (var layout in DataWorkbookLayout.Sheets)
            {
                var worksheet = layout switch
                {
                    FormSheet form => FormWorksheet(form, tree, data),
                    ListSheet list => ListWorksheet(list, tree, data, catalog),
                    _ => throw new InvalidOperationException(layout.Name),
                };
                Xlsx.AddSheet(workbookPart, sheets, layout.Name, id++, worksheet);
            }
            Xlsx.AddSheet(workbookPart, sheets, DataWorkbookLayout.ListsSheet, id, ListsWorksheet(catalog, out _), hidden: true);
        });
    }

    public static void WriteFile(BudgetData data, ClassificationCatalog catalog, string path) => File.WriteAllBytes(path, Write(data, catalog));

    private static Worksheet GuideSheet()
    {
        var rows = new List<Row>();
        var r = 1;
        rows.Add(new Row(Xlsx.Text(r, 1, "部门预算数据填写工作簿", S.Title)) { RowIndex = (uint)r++ });
        foreach (var line in GuideLines)
            rows.Add(new Row(Xlsx.Text(r, 1, line, S.Default)) { RowIndex = (uint)r++ });
        r++;
        rows.Add(new Row(Xlsx.Text(r, 1, "工作表", S.Header), Xlsx.Text(r, 2, "填写什么", S.Header)) { RowIndex = (uint)r++ });
        foreach (var sheet in DataWorkbookLayout.Sheets)
            rows.Add(new Row(Xlsx.Text(r, 1, sheet.Name, S.Label), Xlsx.Text(r, 2, sheet.Help, S.Help)) { RowIndex = (uint)r++ });
        return new Worksheet(
            Xlsx.Frozen(0, selected: true),
            new Columns(
                new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 16, CustomWidth = true },
                new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 2, Max = 2, Width = 110, CustomWidth = true }),
            new SheetData(rows));
    }

    internal static readonly string[] GuideLines =
    [
        "这个工作簿与 YAML/JSON 数据文件内容完全相同：填好后用 budgetgen validate 检查，用 budgetgen generate 生成报告（也可用 budgetgen convert 转成 YAML）。",
        "· 每张工作表第一行是表头（已冻结），从第二行起每行填一项；选中单元格会显示该列的填写说明。",
        "· 金额按“单位信息”表的金额单位填写，只填数字，不加千分位逗号和“万元”；没有的金额空着。金额单元格必须是数字，不能是文本。",
        "· 编码列是文本格式，可从下拉列表选择模板包分类表中的编码；单位编码开头的 0 要保留。",
        "· 灰色斜体的列和行（标“自动计算”）由程序计算，不要填写；类、款和合计由程序从“项”级数据汇总。",
        "· 不要合并单元格，不要改工作表名称和表头；可以插入或删除数据行。新增的工作表不会被读取。",
        "· 字段的详细含义见 docs/data-format.md 和 docs/excel.md。",
    ];

    private static Worksheet FormWorksheet(FormSheet form, WrittenMapping tree, BudgetData data)
    {
        var width = form.ValueHeaders.Count;
        var rows = new List<Row>();
        var validations = new List<DataValidation>();
        var header = new Row { RowIndex = 1 };
        header.Append(Xlsx.Text(1, 1, "项目", S.Header));
        for (var c = 0; c < width; c++) header.Append(Xlsx.Text(1, c + 2, form.ValueHeaders[c], S.Header));
        header.Append(Xlsx.Text(1, width + 2, "说明", S.Header));
        rows.Add(header);
        var r = 2;
        foreach (var formRow in form.Rows)
        {
            var repeat = formRow.Repeat ? RepeatedValues(formRow, tree) : null;
            var count = repeat is null ? 1 : Math.Max(formRow.MinimumRows, repeat.Count);
            for (var k = 0; k < count; k++, r++)
            {
                var row = new Row { RowIndex = (uint)r };
                var computedRow = formRow.Cells.Any(c => c?.Kind == CellKind.Computed);
                row.Append(Xlsx.Text(r, 1, formRow.Label, S.Label));
                for (var c = 0; c < width; c++)
                {
                    var column = c < formRow.Cells.Count ? formRow.Cells[c] : null;
                    if (column is null)
                    {
                        if (computedRow) row.Append(Xlsx.Blank(r, c + 2, S.ComputedText));
                        continue;
                    }
                    if (column.Kind == CellKind.Computed)
                    {
                        row.Append(Xlsx.Formula(r, c + 2, column.Formula!, column.Value!(data), S.ComputedAmount));
                        continue;
                    }
                    var value = repeat is not null ? (k < repeat.Count ? repeat[k] : null)
                        : IsTextList(column.Field) ? (Get(tree, column.Field) as WrittenList)?.Items.FirstOrDefault() as WrittenScalar
                        : Get(tree, column.Field) as WrittenScalar;
                    row.Append(value is null ? Xlsx.Blank(r, c + 2, InputStyle(column)) : ValueCell(r, c + 2, column, value));
                    validations.Add(Validation(column, Xlsx.Reference(r, c + 2), formRow.Label));
                }
                row.Append(Xlsx.Text(r, width + 2, formRow.Help, S.Help));
                rows.Add(row);
            }
        }
        var columns = new Columns(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 34, CustomWidth = true });
        for (var c = 0; c < width; c++)
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(c + 2), Max = (uint)(c + 2), Width = form.ValueHeaders[c] == "增减原因" ? 50 : 22, CustomWidth = true });
        columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(width + 2), Max = (uint)(width + 2), Width = 60, CustomWidth = true });
        return Sheet(Xlsx.Frozen(1, 1), columns, rows, validations);
    }

    /// <summary>The items of the list a repeated form row shows (其他名称: the names after the first).</summary>
    private static List<WrittenScalar> RepeatedValues(FormRow row, WrittenMapping tree) =>
        (Get(tree, row.Cells[0]!.Field) as WrittenList)?.Items.Skip(row.SkipItems).OfType<WrittenScalar>().ToList() ?? [];

    private static Worksheet ListWorksheet(ListSheet sheet, WrittenMapping tree, BudgetData data, ClassificationCatalog catalog)
    {
        var offset = sheet.HasSelector ? 1 : 0;
        var headers = sheet.Columns.Select((c, i) => (c.Header, Index: i + 1 + offset)).ToDictionary(x => x.Header, x => x.Index);
        var rows = new List<Row>();
        var header = new Row { RowIndex = 1 };
        if (sheet.HasSelector) header.Append(Xlsx.Text(1, 1, ListSheet.SelectorHeader, S.Header));
        foreach (var column in sheet.Columns)
            header.Append(Xlsx.Text(1, headers[column.Header], column.Header, column.Kind == CellKind.Computed ? S.HeaderComputed : S.Header));
        rows.Add(header);

        var items = Items(sheet, tree);
        var r = 2;
        foreach (var (label, item, projectNumber) in items)
        {
            var row = new Row { RowIndex = (uint)r };
            if (sheet.HasSelector) row.Append(Xlsx.Text(r, 1, label, S.TextInput));
            var path = sheet.Lists.First(l => l.Key == label).Value;
            foreach (var column in sheet.Columns)
            {
                var c = headers[column.Header];
                if (column.Kind == CellKind.Computed)
                {
                    row.Append(ComputedCell(sheet, column, headers, r, item, projectNumber, data));
                    continue;
                }
                if (column.Header is "序号" && sheet.Name == DataWorkbookLayout.ProjectSheet)
                {
                    row.Append(Xlsx.Number(r, c, (r - 1).ToString(CultureInfo.InvariantCulture), S.IntegerInput));
                    continue;
                }
                if (column.Header == DataWorkbookLayout.ProjectNumberHeader)
                {
                    if (projectNumber > 0) row.Append(Xlsx.Number(r, c, projectNumber.ToString(CultureInfo.InvariantCulture), S.IntegerInput));
                    continue;
                }
                if (column.OnlyFor.Count > 0 && !column.OnlyFor.Contains(path)) continue;
                var value = column.Field.Length == 0 ? (IsTextList(path) ? item : Get(item, "name")) : Get(item, column.Field);
                if (value is WrittenScalar scalar) row.Append(ValueCell(r, c, column, scalar));
            }
            rows.Add(row);
            r++;
        }
        var last = Math.Max(r - 1, 1) + SpareRows;
        for (; r <= last; r++)
        {
            var computed = sheet.Columns.Where(c => c.Kind == CellKind.Computed).ToList();
            if (computed.Count == 0) break;
            var row = new Row { RowIndex = (uint)r };
            foreach (var column in computed) row.Append(ComputedCell(sheet, column, headers, r, null, 0, data));
            rows.Add(row);
        }

        var validations = new List<DataValidation>();
        if (sheet.HasSelector)
        {
            var lists = sheet.Lists.Where(l => !ListSheet.IsPerProject(l.Value)).ToList();
            var selector = new Column(ListSheet.SelectorHeader, "", CellKind.Choice, "选择本行属于哪一类：" + string.Join("、", lists.Select(l => l.Key)) + "。")
                { Labels = lists.Select(l => new KeyValuePair<string, string>(l.Key, l.Key)).ToList() };
            validations.Add(Validation(selector, $"A2:A{last}", selector.Header));
        }
        foreach (var column in sheet.Columns.Where(c => c.Kind != CellKind.Computed))
        {
            var letters = Xlsx.ColumnLetters(headers[column.Header]);
            validations.Add(Validation(column, $"{letters}2:{letters}{last}", column.Header));
        }
        foreach (var column in sheet.Columns)
        {
            // The header cell carries the column's help too, so it shows wherever the user looks first.
            validations.Add(new DataValidation
            {
                Type = DataValidationValues.None, AllowBlank = true, ShowInputMessage = true,
                PromptTitle = Truncate(column.Header, 32), Prompt = Truncate(column.Help + (column.Required ? "（必填）" : ""), 255),
                SequenceOfReferences = new ListValue<StringValue> { InnerText = Xlsx.Reference(1, headers[column.Header]) },
            });
        }

        var columns = new Columns();
        if (sheet.HasSelector) columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 14, CustomWidth = true, Style = S.TextInput });
        foreach (var column in sheet.Columns)
        {
            var index = (uint)headers[column.Header];
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column
            {
                Min = index, Max = index, Width = column.Width, CustomWidth = true,
                Style = column.Kind == CellKind.Computed ? S.ComputedAmount : InputStyle(column),
            });
        }
        return Sheet(Xlsx.Frozen(1), columns, rows, validations);
    }

    /// <summary>The rows of a list sheet: (类别 label, item, project number for the indicator sheet).</summary>
    private static List<(string Label, WrittenNode Item, int ProjectNumber)> Items(ListSheet sheet, WrittenMapping tree)
    {
        var items = new List<(string, WrittenNode, int)>();
        foreach (var (label, path) in sheet.Lists.Where(l => !ListSheet.IsPerProject(l.Value)))
            if (Get(tree, path) is WrittenList list)
                items.AddRange(list.Items.Select(i => (label, i, 0)));
        // A project's rows (its indicators, its description) follow, each with the project's number.
        foreach (var (label, path) in sheet.Lists.Where(l => ListSheet.IsPerProject(l.Value)))
        {
            if (Get(tree, "projects") is not WrittenList projects) continue;
            var field = path[ListSheet.ProjectPrefix.Length..];
            for (var k = 0; k < projects.Items.Count; k++)
                switch (Get(projects.Items[k], field))
                {
                    case WrittenList list:
                        items.AddRange(list.Items.Select(i => (label, i, k + 1)));
                        break;
                    case WrittenMapping record:
                        items.Add((label, record, k + 1));
                        break;
                }
        }
        return items;
    }

    private static Cell ComputedCell(ListSheet sheet, Column column, Dictionary<string, int> headers, int r, WrittenNode? item, int projectNumber, BudgetData data)
    {
        var c = headers[column.Header];
        if (column.Header == DataWorkbookLayout.ProjectNameHeader)
        {
            var a = Xlsx.Reference(r, headers[DataWorkbookLayout.ProjectNumberHeader]);
            var first = Xlsx.Reference(r, headers[DataWorkbookLayout.ProjectNameHeader] + 1);
            var lastCell = Xlsx.Reference(r, sheet.Columns.Count);
            var projects = Xlsx.QuotedSheet(DataWorkbookLayout.ProjectSheet);
            var formula = $"IF(COUNTA({first}:{lastCell})=0,\"\",IF({a}=\"\",\"部门整体\",IFERROR(INDEX({projects}!$B:$B,MATCH({a},{projects}!$A:$A,0)),\"（序号有误）\")))";
            var cached = item is null ? "" : projectNumber == 0 ? "部门整体" : data.Projects[projectNumber - 1].Name;
            return Xlsx.TextFormula(r, c, formula, cached, S.ComputedText);
        }
        var sources = column.SumOf.Select(h => headers[h]).ToList();
        var contiguous = sources.Zip(sources.Skip(1)).All(p => p.Second == p.First + 1);
        var text = contiguous
            ? $"SUM({Xlsx.Reference(r, sources[0])}:{Xlsx.Reference(r, sources[^1])})"
            : string.Join("+", sources.Select(s => Xlsx.Reference(r, s)));
        var value = item is null ? 0m : sheet.Columns.Where(x => column.SumOf.Contains(x.Header))
            .Sum(x => Get(item, x.Field) is WrittenScalar s ? decimal.Parse(s.Text, CultureInfo.InvariantCulture) : 0m);
        return Xlsx.Formula(r, c, text, value, S.ComputedAmount);
    }

    private static Worksheet Sheet(SheetViews views, Columns columns, List<Row> rows, List<DataValidation> validations)
    {
        var worksheet = new Worksheet(views, new SheetFormatProperties { DefaultRowHeight = 15 }, columns, new SheetData(rows));
        if (validations.Count > 0) worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        return worksheet;
    }

    /// <summary>The hidden sheet the code drop-downs read: functional 项 codes (A:B) and economic 款 codes (C:D).</summary>
    internal static Worksheet ListsWorksheet(ClassificationCatalog catalog, out (int Functional, int Economic) counts)
    {
        var functional = catalog.Functional.Entries.Where(e => e.Code.Length == 7).ToList();
        var economic = catalog.EconomicDepartment.Entries.Where(e => e.Code.Length == 5).ToList();
        counts = (functional.Count, economic.Count);
        var rows = new List<Row>
        {
            new(Xlsx.Text(1, 1, "功能分类“项”编码", S.Header), Xlsx.Text(1, 2, "名称", S.Header),
                Xlsx.Text(1, 3, "经济分类“款”编码", S.Header), Xlsx.Text(1, 4, "名称", S.Header)) { RowIndex = 1 },
        };
        for (var i = 0; i < Math.Max(functional.Count, economic.Count); i++)
        {
            var row = new Row { RowIndex = (uint)(i + 2) };
            if (i < functional.Count) row.Append(Xlsx.Text(i + 2, 1, functional[i].Code, S.TextInput), Xlsx.Text(i + 2, 2, functional[i].Name, S.Default));
            if (i < economic.Count) row.Append(Xlsx.Text(i + 2, 3, economic[i].Code, S.TextInput), Xlsx.Text(i + 2, 4, economic[i].Name, S.Default));
            rows.Add(row);
        }
        return new Worksheet(Xlsx.Frozen(1), new SheetData(rows));
    }

    private static string CodeListRange(string list) => list == "functional"
        ? $"{Xlsx.QuotedSheet(DataWorkbookLayout.ListsSheet)}!$A$2:$A$5000"
        : $"{Xlsx.QuotedSheet(DataWorkbookLayout.ListsSheet)}!$C$2:$C$5000";

    private static DataValidation Validation(Column column, string range, string title)
    {
        var validation = new DataValidation
        {
            AllowBlank = true,
            ShowInputMessage = true,
            PromptTitle = Truncate(title, 32),
            Prompt = Truncate(column.Help + (column.Required ? "（必填）" : ""), 255),
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
        string? list = column.Kind switch
        {
            CellKind.Choice => "\"" + string.Join(",", column.Labels.Select(l => l.Key)) + "\"",
            CellKind.Bool => "\"是,否\"",
            _ when column.CodeList is { } codes => CodeListRange(codes),
            _ when column.Suggestions.Count > 0 => "\"" + string.Join(",", column.Suggestions) + "\"",
            _ => null,
        };
        if (list is null)
        {
            validation.Type = DataValidationValues.None;
            return validation;
        }
        validation.Type = DataValidationValues.List;
        validation.Formula1 = new Formula1(list);
        if (column.Kind is CellKind.Choice or CellKind.Bool)
        {
            validation.ShowErrorMessage = true;
            validation.ErrorTitle = "不是可选的值";
            validation.Error = Truncate("请从下拉列表中选择：" + (column.Kind == CellKind.Bool ? "是、否" : DataWorkbookLayout.Choices(column)), 255);
        }
        else if (column.CodeList is not null)
        {
            // A code the pack's list lacks is allowed (validate warns and asks for its name in 补充科目).
            validation.ShowErrorMessage = true;
            validation.ErrorStyle = DataValidationErrorStyleValues.Warning;
            validation.ErrorTitle = "编码不在分类表中";
            validation.Error = "这个编码不在模板包的分类表中。确实要用时点“是”，并在“补充科目”表写出上级科目的名称。";
        }
        return validation;
    }

    private static Cell ValueCell(int r, int c, Column column, WrittenScalar value) => column.Kind switch
    {
        CellKind.Amount => Xlsx.Number(r, c, value.Text, S.AmountInput),
        CellKind.Integer => Xlsx.Number(r, c, value.Text, S.IntegerInput),
        CellKind.Bool => Xlsx.Text(r, c, value.Text == "true" ? "是" : "否", S.TextInput),
        CellKind.Choice => Xlsx.Text(r, c, column.LabelOf(value.Text) ?? value.Text, S.TextInput),
        _ => Xlsx.Text(r, c, value.Text, S.TextInput),
    };

    private static uint InputStyle(Column column) => column.Kind switch
    {
        CellKind.Amount => S.AmountInput,
        CellKind.Integer => S.IntegerInput,
        _ => S.TextInput,
    };

    internal static bool IsTextList(string path) => path is "duties" or "organisation.internal_units" or "organisation.branches"
        or "performance.goals" or "notes" or "department.names";

    internal static WrittenNode? Get(WrittenNode? node, string path)
    {
        foreach (var key in path.Split('.'))
            node = node is WrittenMapping mapping ? mapping.Entries.FirstOrDefault(e => e.Key == key).Value : null;
        return node;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
