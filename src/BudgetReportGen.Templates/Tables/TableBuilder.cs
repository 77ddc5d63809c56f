using System.Collections;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Scripting;
using Scriban;
using Scriban.Runtime;

namespace BudgetReportGen.Templates.Tables;

/// <summary>Evaluates a <see cref="TableSpec"/> against the report's values into a document <see cref="Table"/>.</summary>
internal static class TableBuilder
{
    public static Table Build(TableSpec spec, TemplateContext context)
    {
        var body = new List<(TableRow Row, bool IsData)>();
        foreach (var rowSpec in spec.Rows) body.AddRange(Expand(spec, rowSpec, context));

        var hasData = body.Any(r => r.IsData);
        var empty = spec.EmptyIf is { } emptyIf ? IsTruthy(emptyIf.Evaluate(context)) : spec.Rows.Any(r => r.IsData) && !hasData;
        if (empty && hasData)
            throw new TemplateException(spec.File, 1, 1, $"表{spec.Number}按 empty_if 为空表，但行定义生成了数据行：空表不得有数据，请检查 empty_if。");

        // The caption's number, title and contents label are the pack's (a number line, or none and a title with the year), with the table's own
        // number and title as variables.
        var title = spec.Title.Render(context).Trim();
        context.PushGlobal(new ScriptObject { ["number"] = spec.Number, ["title"] = title });
        string number, tocLabel, continued;
        try
        {
            number = spec.CaptionNumber.Render(context).Trim();
            tocLabel = spec.TocLabel.Render(context).Trim();
            continued = spec.Continued?.Render(context).Trim() ?? "";
        }
        finally
        {
            context.PopGlobal();
        }
        var table = new Table(
            $"table-{spec.Number}",
            new TableCaption(number, title, spec.LeftNote.Render(context).Trim(), spec.RightNote.Render(context).Trim(), continued, spec.NumberBelowTitle),
            spec.Leaves.Select(l => new TableColumn(l.Width, l.Alignment)).ToList(),
            spec.ShowHeader ? HeaderRows(spec.Columns) : [],
            empty ? [] : body.Select(r => r.Row).ToList(),
            empty ? spec.EmptyRemark.Render(context).Trim() : null,
            spec.Orientation,
            tocLabel.Length == 0 ? null : tocLabel);
        try
        {
            TableGrid.Place([.. table.HeaderRows, .. table.BodyRows], table.Columns.Count);
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateException(spec.File, 1, 1, $"表{spec.Number}的行与 {table.Columns.Count} 个叶子列对不上（{e.Message}）：检查各行 cells 的个数与 colspan/rowspan、label 和 merge_down。");
        }
        return table;
    }

    /// <summary>Header rows derived from the column tree: a group spans its leaves; a leaf spans down to the last header row.</summary>
    internal static IReadOnlyList<TableRow> HeaderRows(IReadOnlyList<ColumnSpec> columns)
    {
        var depth = columns.Max(c => c.Depth);
        var rows = Enumerable.Range(0, depth).Select(_ => new List<TableCell>()).ToList();
        void Place(ColumnSpec column, int level)
        {
            var cell = column.IsLeaf
                ? new TableCell(column.Header, RowSpan: depth - level, Alignment: CellAlignment.Center)
                : new TableCell(column.Header, ColSpan: column.Leaves().Count(), Alignment: CellAlignment.Center);
            rows[level].Add(cell);
            foreach (var child in column.Children) Place(child, level + 1);
        }
        foreach (var column in columns) Place(column, 0);
        return rows.Select(r => new TableRow(r)).ToList();
    }

    private static List<(TableRow Row, bool IsData)> Expand(TableSpec table, RowSpec spec, TemplateContext context)
    {
        var rows = new List<(TableRow, bool)>();
        var index = 0;
        foreach (var item in Items(spec, context))
        {
            var scope = new ScriptObject();
            if (spec.Each is not null)
            {
                scope.SetValue(spec.As, item, readOnly: true);
                scope.SetValue("index", index++, readOnly: true);
            }
            context.PushGlobal(scope);
            try
            {
                if (spec.When is { } when && !IsTruthy(when.Evaluate(context))) continue;
                if (spec.Zip.Count > 0)
                {
                    rows.AddRange(Zip(table, spec, context));
                    continue;
                }
                if (spec.Rows.Count > 0)
                {
                    foreach (var nested in spec.Rows)
                        rows.AddRange(Expand(table, nested, context).Select(r => (r.Row, spec.IsData)));
                    continue;
                }
                var cells = spec.Cells is { } given
                    ? given.Select(c => Cell(c, context)).ToList()
                    : table.Leaves.Select(l => new TableCell(Format(l.Value?.Evaluate(context), l.Format, context))).ToList();
                rows.Add((new TableRow(cells, Kind(table, spec, context), Level(table, spec, context)), spec.IsData));
            }
            finally
            {
                context.PopGlobal();
            }
        }
        if (spec.MergeDown > 0) MergeDown(table, rows, spec.MergeDown);
        if (spec.Label is { } label && rows.Count > 0)
        {
            var (first, isData) = rows[0];
            rows[0] = (first with { Cells = [new TableCell(label, RowSpan: rows.Count, Alignment: CellAlignment.Center, Bold: true), .. first.Cells] }, isData);
        }
        return rows;
    }

    private static IEnumerable<(TableRow, bool)> Zip(TableSpec table, RowSpec spec, TemplateContext context)
    {
        var sides = spec.Zip.Select(side => side.Rows.SelectMany(r => Expand(table, r, context)).ToList()).ToList();
        var height = sides.Max(s => s.Count);
        for (var i = 0; i < height; i++)
        {
            var cells = new List<TableCell>();
            var isData = false;
            var kind = RowKind.Normal;
            for (var s = 0; s < sides.Count; s++)
            {
                if (i < sides[s].Count)
                {
                    cells.AddRange(sides[s][i].Row.Cells);
                    isData |= sides[s][i].IsData;
                    if (sides[s][i].Row.Kind != RowKind.Normal) kind = sides[s][i].Row.Kind;
                }
                else
                {
                    cells.AddRange(Enumerable.Range(0, spec.Zip[s].Width).Select(_ => new TableCell("")));
                }
            }
            yield return (new TableRow(cells, kind), isData);
        }
    }

    private static IEnumerable<object?> Items(RowSpec spec, TemplateContext context)
    {
        if (spec.Each is null) return [null];
        return spec.Each.Evaluate(context) switch
        {
            null => [],
            string s => [s],
            IEnumerable list => list.Cast<object?>().ToList(),
            var single => [single],
        };
    }

    /// <summary>Merges equal consecutive texts in the first <paramref name="columns"/> cells of each row into one cell spanning those rows;
    /// a column merges only inside the runs of the columns to its left.</summary>
    private static void MergeDown(TableSpec table, List<(TableRow Row, bool IsData)> rows, int columns)
    {
        if (rows.Any(r => r.Row.Cells.Count < columns))
            throw new TemplateException(table.File, 1, 1, $"表{table.Number}的 merge_down: {columns} 大于某行的单元格数。");
        var keep = rows.Select(r => r.Row.Cells.Select(_ => true).ToArray()).ToList();
        var spans = rows.Select(r => r.Row.Cells.Select(_ => 1).ToArray()).ToList();
        for (var c = 0; c < columns; c++)
        {
            var start = 0;
            for (var r = 1; r <= rows.Count; r++)
            {
                var continues = r < rows.Count && Enumerable.Range(0, c + 1).All(k => rows[r].Row.Cells[k].Text == rows[start].Row.Cells[k].Text);
                if (continues) continue;
                spans[start][c] = r - start;
                for (var k = start + 1; k < r; k++) keep[k][c] = false;
                start = r;
            }
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var (row, isData) = rows[r];
            var cells = row.Cells.Select((cell, i) => (cell, i)).Where(x => keep[r][x.i])
                .Select(x => spans[r][x.i] > 1 ? x.cell with { RowSpan = spans[r][x.i] } : x.cell).ToList();
            rows[r] = (row with { Cells = cells }, isData);
        }
    }

    private static TableCell Cell(CellSpec spec, TemplateContext context) => new(
        spec.Text ?? Format(spec.Value!.Evaluate(context), spec.Format ?? CellFormat.Text, context),
        spec.ColSpan, spec.RowSpan, spec.Alignment, spec.Bold);

    private static RowKind Kind(TableSpec table, RowSpec spec, TemplateContext context)
    {
        if (spec.KindExpression is null) return spec.Kind;
        var value = spec.KindExpression.Evaluate(context)?.ToString();
        return value switch
        {
            "total" => RowKind.Total,
            "subtotal" => RowKind.Subtotal,
            "section" => RowKind.Section,
            "normal" or "" or null => RowKind.Normal,
            _ => throw new TemplateException(table.File, 1, 1, $"行类型表达式“{spec.KindExpression.Text}”的结果“{value}”无效，应为 normal、subtotal、total 或 section。"),
        };
    }

    private static int? Level(TableSpec table, RowSpec spec, TemplateContext context)
    {
        if (spec.Level is null) return null;
        var value = spec.Level.Evaluate(context);
        return value switch
        {
            null or "" => null,
            int i when i >= 0 => i,
            long l when l is >= 0 and <= int.MaxValue => (int)l,
            _ when int.TryParse(context.ObjectToString(value), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new TemplateException(table.File, 1, 1, $"行层级表达式“{spec.Level.Text}”的结果“{value}”无效，应为 0 或正整数。"),
        };
    }

    private static string Format(object? value, CellFormat format, TemplateContext context) => (format, value) switch
    {
        (_, null) => "",
        (CellFormat.Text, _) => context.ObjectToString(value) ?? "",
        _ => Amounts.FormatTable(TemplateFunctions.ToAmount(value) * ((MarkdownEscapingContext)context).AmountScale,
            zeroAsBlank: format == CellFormat.Amount),
    };

    internal static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        decimal d => d != 0,
        int i => i != 0,
        ICollection c => c.Count > 0,
        _ => true,
    };
}
