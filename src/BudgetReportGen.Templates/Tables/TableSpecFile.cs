using BudgetReportGen.Core.Model;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;
using BudgetReportGen.Templates.Scripting;
using YamlDotNet.RepresentationModel;

namespace BudgetReportGen.Templates.Tables;

/// <summary>Reads a table spec (<c>tables/NN-name.yaml</c>) of a pack; see docs/template-pack.md for the format.</summary>
internal static class TableSpecFile
{
    public static TableSpec Load(string path, TableDefaults defaults)
    {
        var file = YamlFile.Load(path);
        var root = file.Root;
        file.OnlyKeys(root, "number", "title", "toc_label", "caption_number", "unit", "orientation", "left_note", "right_note", "columns",
            "show_header", "rows", "empty_if", "empty_remark", "empty_reason", "continued", "number_position");
        var number = (int)file.Number(root, "number");
        var title = file.String(root, "title");
        var orientation = file.String(root, "orientation", "portrait") switch
        {
            "portrait" => PageOrientation.Portrait,
            "landscape" => PageOrientation.Landscape,
            var other => throw file.Error(file.Require(root, "orientation"), $"orientation 的值“{other}”无效，可用：portrait、landscape。"),
        };
        var columns = file.Sequence(file.Require(root, "columns"), "columns").Children.Select(c => Column(file, c)).ToList();
        var rows = file.Sequence(file.Require(root, "rows"), "rows").Children.Select(r => Row(file, r)).ToList();
        var unit = file.Get(root, "unit") is null ? defaults.Unit : file.String(root, "unit") switch
        {
            "万元" => AmountUnit.TenThousandYuan,
            "元" => AmountUnit.Yuan,
            var other => throw file.Error(file.Require(root, "unit"), $"unit 的值“{other}”无效，应为 元 或 万元（不写即模板包的 amount_unit）。"),
        };
        return new TableSpec(
            path, number, TextTemplate.Parse(path, title),
            TextTemplate.Parse(path, file.String(root, "toc_label", defaults.TocLabel)),
            TextTemplate.Parse(path, file.String(root, "caption_number", defaults.CaptionNumber)),
            unit, orientation,
            TextTemplate.Parse(path, file.String(root, "left_note", defaults.LeftNote)),
            TextTemplate.Parse(path, file.String(root, "right_note", defaults.RightNote)),
            columns,
            file.Bool(root, "show_header", true),
            rows,
            OptionalExpression(file, root, "empty_if"),
            TextTemplate.Parse(path, file.String(root, "empty_remark", "")),
            file.String(root, "empty_reason", ""),
            TextTemplate.Parse(path, file.String(root, "continued", defaults.Continued)),
            NumberBelowTitle(file, root, defaults.NumberBelowTitle));
    }

    /// <summary>number_position: above (表N over the title, the default) or below (the title first, then 表N).</summary>
    internal static bool NumberBelowTitle(YamlFile file, YamlMappingNode map, bool fallback) =>
        file.Get(map, "number_position") is null ? fallback : file.String(map, "number_position") switch
        {
            "above" => false,
            "below" => true,
            var other => throw file.Error(file.Require(map, "number_position"), $"number_position 的值“{other}”无效，可用：above（表号在标题上方）、below（表号在标题下方）。"),
        };

    private static ColumnSpec Column(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, "columns 的每一项");
        file.OnlyKeys(map, "header", "width", "align", "format", "value", "columns");
        var children = file.Get(map, "columns") is { } sub
            ? file.Sequence(sub, "columns").Children.Select(c => Column(file, c)).ToList()
            : [];
        if (children.Count == 0 && (file.Get(map, "width") is null || file.Number(map, "width") <= 0))
            throw file.Error(map, "叶子列必须给出大于 0 的 width（相对宽度）。");
        return new ColumnSpec(
            file.String(map, "header", ""),
            children.Count == 0 ? file.Number(map, "width") : 0,
            Align(file, map) ?? CellAlignment.Left,
            Format(file, map) ?? CellFormat.Text,
            OptionalExpression(file, map, "value"),
            children);
    }

    private static RowSpec Row(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, "rows 的每一项");
        file.OnlyKeys(map, "each", "as", "cells", "rows", "when", "kind", "label", "merge_down", "data", "zip", "level");
        var each = OptionalExpression(file, map, "each");
        var cells = file.Get(map, "cells") is { } cellsNode
            ? file.Sequence(cellsNode, "cells").Children.Select(c => Cell(file, c)).ToList()
            : null;
        var nested = file.Get(map, "rows") is { } rowsNode
            ? file.Sequence(rowsNode, "rows").Children.Select(r => Row(file, r)).ToList()
            : [];
        var zip = file.Get(map, "zip") is { } zipNode
            ? file.Sequence(zipNode, "zip").Children.Select(side =>
            {
                var sideMap = file.Mapping(side, "zip 的每一侧");
                file.OnlyKeys(sideMap, "width", "rows");
                return new ZipSide((int)file.Number(sideMap, "width"),
                    file.Sequence(file.Require(sideMap, "rows"), "rows").Children.Select(r => Row(file, r)).ToList());
            }).ToList()
            : [];
        if (each is null && cells is null && zip.Count == 0)
            throw file.Error(map, "行定义需要 cells（固定行）、each（按列表生成行）或 zip（并排的几组行）。");
        if (nested.Count > 0 && (each is null || cells is not null))
            throw file.Error(map, "嵌套 rows 只能与 each 一起使用，且不能同时给出 cells。");
        var kindText = file.String(map, "kind", "normal");
        var (kind, kindExpression) = kindText switch
        {
            "normal" => (RowKind.Normal, (Expression?)null),
            "total" => (RowKind.Total, null),
            "subtotal" => (RowKind.Subtotal, null),
            "section" => (RowKind.Section, null),
            _ => (RowKind.Normal, ExpressionAt(file, file.Require(map, "kind"), kindText)),
        };
        return new RowSpec(
            each,
            file.String(map, "as", "row"),
            cells,
            nested,
            OptionalExpression(file, map, "when"),
            kind,
            kindExpression,
            file.Get(map, "label") is null ? null : file.String(map, "label"),
            (int)file.Number(map, "merge_down", 0),
            file.Bool(map, "data", each is not null),
            zip,
            OptionalExpression(file, map, "level"));
    }

    private static CellSpec Cell(YamlFile file, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
            return new CellSpec(null, ExpressionAt(file, scalar, scalar.Value ?? ""), null, 1, 1, null, false);
        var map = file.Mapping(node, "cells 的每一项");
        file.OnlyKeys(map, "text", "value", "format", "colspan", "rowspan", "align", "bold");
        var text = file.Get(map, "text") is null ? null : file.String(map, "text");
        var value = OptionalExpression(file, map, "value");
        if ((text is null) == (value is null))
            throw file.Error(map, "单元格需要 text（固定文字）或 value（表达式）之一。");
        var (colspan, rowspan) = ((int)file.Number(map, "colspan", 1), (int)file.Number(map, "rowspan", 1));
        if (colspan < 1 || rowspan < 1) throw file.Error(map, "colspan 与 rowspan 至少为 1。");
        return new CellSpec(text, value, Format(file, map), colspan, rowspan, Align(file, map), file.Bool(map, "bold", false));
    }

    private static CellAlignment? Align(YamlFile file, YamlMappingNode map) => file.Get(map, "align") switch
    {
        null => null,
        YamlScalarNode { Value: "left" } => CellAlignment.Left,
        YamlScalarNode { Value: "center" } => CellAlignment.Center,
        YamlScalarNode { Value: "right" } => CellAlignment.Right,
        var other => throw file.Error(other, "align 的值应为 left、center 或 right。"),
    };

    private static CellFormat? Format(YamlFile file, YamlMappingNode map) => file.Get(map, "format") switch
    {
        null => null,
        YamlScalarNode { Value: "text" } => CellFormat.Text,
        YamlScalarNode { Value: "amount" } => CellFormat.Amount,
        YamlScalarNode { Value: "amount0" } => CellFormat.AmountWithZero,
        var other => throw file.Error(other, "format 的值应为 text、amount（零显示为空）或 amount0（零显示为 0.00）。"),
    };

    private static Expression? OptionalExpression(YamlFile file, YamlMappingNode map, string key) =>
        file.Get(map, key) is { } node ? ExpressionAt(file, node, file.String(map, key)) : null;

    private static Expression ExpressionAt(YamlFile file, YamlNode node, string text) =>
        new(text, file.Path, (int)node.Start.Line, (int)node.Start.Column);
}

/// <summary>Caption notes every table of a pack shares unless its spec overrides them (Scriban templates).</summary>
internal sealed record TableDefaults(string LeftNote, string RightNote, string CaptionNumber, string TocLabel, AmountUnit? Unit, string Continued = "", bool NumberBelowTitle = false);
