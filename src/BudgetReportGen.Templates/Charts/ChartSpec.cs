using System.Globalization;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;
using YamlDotNet.RepresentationModel;

namespace BudgetReportGen.Templates.Charts;

/// <summary>
/// A chart as a part places it: a fenced block <c>```chart</c> whose YAML body the part's template has already rendered
/// (so its figures come from the data's expressions). Values are the exact amounts in the data's unit, as an expression such as
/// <c>{{ row.total }}</c> prints them; an empty value counts as zero. Faults name the line in the block.
/// </summary>
/// <param name="Kind">pie, ring, bar or stacked_bar.</param>
/// <param name="Title">The caption after "图N ".</param>
/// <param name="Unit">The unit the chart prints (元 or 万元); null: the pack's amount unit.</param>
/// <param name="NumberStyle">The pack's number style for the labels (pack.yaml number_styles); null: 2 decimals as <c>money</c>.</param>
/// <param name="Empty">The sentence printed instead when there is nothing to draw; null: a standard one.</param>
/// <param name="Categories">Slices (pie, ring) or groups on the category axis (bars).</param>
/// <param name="Series">Pie and ring: one, named after the chart; bars: one or more, a value per category.</param>
internal sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    AmountUnit? Unit,
    string? NumberStyle,
    string? Empty,
    IReadOnlyList<string> Categories,
    IReadOnlyList<(string Name, IReadOnlyList<decimal> Values)> Series)
{
    private const int MaxPoints = 200;

    private const char StandInBase = '\uE000';

    /// <summary>The stand-in for an ASCII punctuation character an expression wrote (see <see cref="Parse"/>).</summary>
    public static char StandIn(char c) => (char)(StandInBase + c);

    /// <summary>
    /// Parses the block's YAML, in which every ASCII punctuation character an expression wrote stands as a private-use
    /// character (so a name with ": " or "," from the data cannot change the YAML's structure); the stand-ins are turned back
    /// in every value.
    /// </summary>
    public static ChartSpec Parse(string text, string file)
    {
        var yaml = YamlFile.Parse(text, file);
        var root = yaml.Root;
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>())
            if (scalar.Value is { } value && value.Any(c => c >= StandInBase && c < StandInBase + 128))
                scalar.Value = new string(value.Select(c => c >= StandInBase && c < StandInBase + 128 ? (char)(c - StandInBase) : c).ToArray());
        var kind = yaml.String(root, "kind") switch
        {
            "pie" => ChartKind.Pie,
            "ring" => ChartKind.Ring,
            "bar" => ChartKind.Bar,
            "stacked_bar" => ChartKind.StackedBar,
            var other => throw yaml.Error(yaml.Require(root, "kind"), $"图的种类“{other}”无效，可用：pie（饼图）、ring（环形图）、bar（柱状图）、stacked_bar（堆积柱状图）。"),
        };
        var composition = kind is ChartKind.Pie or ChartKind.Ring;
        yaml.OnlyKeys(root, composition
            ? ["kind", "title", "unit", "number_style", "empty", "items"]
            : ["kind", "title", "unit", "number_style", "empty", "categories", "series"]);
        var title = yaml.String(root, "title").Trim();
        if (title.Length == 0) throw yaml.Error(yaml.Require(root, "title"), "图的标题（title）不能为空。");
        AmountUnit? unit = yaml.Get(root, "unit") is null ? null : yaml.String(root, "unit") switch
        {
            "万元" => AmountUnit.TenThousandYuan,
            "元" => AmountUnit.Yuan,
            var other => throw yaml.Error(yaml.Require(root, "unit"), $"unit 的值“{other}”无效，应为 元 或 万元。"),
        };
        var style = yaml.Get(root, "number_style") is null ? null : yaml.String(root, "number_style");
        var empty = yaml.Get(root, "empty") is null ? null : yaml.String(root, "empty").Trim();
        if (composition)
        {
            var items = Items(yaml, root);
            return new ChartSpec(kind, title, unit, style, empty, items.Select(i => i.Name).ToList(), [(title, items.Select(i => i.Value).ToList())]);
        }
        var categories = yaml.Strings(root, "categories");
        if (categories.Count == 0) throw yaml.Error(yaml.Get(root, "categories") ?? root, "柱状图需要 categories（横轴上的各组，如 [2022年, 2023年]）。");
        if (categories.Count > MaxPoints) throw yaml.Error(yaml.Require(root, "categories"), $"categories 超过 {MaxPoints} 项，图上无法看清。");
        var seriesNode = yaml.Sequence(yaml.Get(root, "series") ?? throw yaml.Error(root, "柱状图需要 series（各系列：name 与 values）。"), "series");
        if (seriesNode.Children.Count == 0) throw yaml.Error(seriesNode, "series 不能为空。");
        var series = seriesNode.Children.Select(node =>
        {
            var map = yaml.Mapping(node, "series 的每一项");
            yaml.OnlyKeys(map, "name", "values");
            var values = yaml.Sequence(yaml.Require(map, "values"), "values").Children.Select(v => Value(yaml, v)).ToList();
            if (values.Count != categories.Count)
                throw yaml.Error(map, $"系列“{yaml.String(map, "name")}”有 {values.Count} 个值，应与 categories 一样为 {categories.Count} 个。");
            return (yaml.String(map, "name"), (IReadOnlyList<decimal>)values);
        }).ToList();
        return new ChartSpec(kind, title, unit, style, empty, categories, series);
    }

    /// <summary>The slices: each item <c>[名称, 金额]</c> or <c>{name: 名称, value: 金额}</c>.</summary>
    private static List<(string Name, decimal Value)> Items(YamlFile yaml, YamlMappingNode root)
    {
        var items = yaml.Get(root, "items") switch
        {
            null => throw yaml.Error(root, "饼图和环形图需要 items（各部分：[名称, 金额]）。"),
            YamlScalarNode { Value: null or "" } => [], // a template loop that wrote no item
            var node => yaml.Sequence(node, "items").Children.Select(node => node switch
            {
                YamlSequenceNode { Children.Count: 2 } pair when pair[0] is YamlScalarNode name => (name.Value ?? "", Value(yaml, pair[1])),
                YamlMappingNode map => Item(yaml, map),
                _ => throw yaml.Error(node, "items 的每一项应为 [名称, 金额] 或 {name: 名称, value: 金额}。"),
            }).ToList(),
        };
        if (items.Count > MaxPoints) throw yaml.Error(yaml.Require(root, "items"), $"items 超过 {MaxPoints} 项，图上无法看清。");
        return items;
    }

    private static (string, decimal) Item(YamlFile yaml, YamlMappingNode map)
    {
        yaml.OnlyKeys(map, "name", "value");
        return (yaml.String(map, "name"), Value(yaml, yaml.Require(map, "value")));
    }

    /// <summary>An exact amount as an expression printed it (2575.37, -3, 25753700.0000); empty (an absent figure) is zero.</summary>
    private static decimal Value(YamlFile yaml, YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" or "~" or "null" } => 0m,
        YamlScalarNode s when decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) => v,
        _ => throw yaml.Error(node, $"“{(node as YamlScalarNode)?.Value ?? node.ToString()}”不是金额：图的数值应由数据表达式写出，如 {{{{ row.total }}}}。"),
    };
}
