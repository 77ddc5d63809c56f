using BudgetReportGen.Documents;
using YamlDotNet.RepresentationModel;

namespace BudgetReportGen.Templates.Pack;

/// <summary>Reads a pack's <c>style.yaml</c>: page size and margins, page-number form, and a font per text role.</summary>
internal static class StyleFile
{
    public static DocumentStyle Load(string path)
    {
        var file = YamlFile.Load(path);
        var root = file.Root;
        file.OnlyKeys(root, "page", "page_number_format", "first_line_indent_chars", "fonts");

        var page = file.Mapping(file.Require(root, "page"), "page");
        file.OnlyKeys(page, "width_mm", "height_mm", "margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm", "chars_per_line");
        var width = file.Number(page, "width_mm", 50, 2000);
        var height = file.Number(page, "height_mm", 50, 2000);
        var setup = new PageSetup(width, height,
            file.Number(page, "margin_top_mm", 0, height / 3), file.Number(page, "margin_bottom_mm", 0, height / 3),
            file.Number(page, "margin_left_mm", 0, width / 3), file.Number(page, "margin_right_mm", 0, width / 3),
            CharsPerLine(file, page));

        var fonts = new Dictionary<TextRole, FontSpec>();
        var fontsNode = file.Mapping(file.Require(root, "fonts"), "fonts");
        var roles = Enum.GetValues<TextRole>().ToDictionary(TextRoles.StyleKey);
        foreach (var (keyNode, value) in fontsNode.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? throw file.Error(keyNode, "fonts 的键应为文字角色名称。");
            if (!roles.TryGetValue(key, out var role))
                throw file.Error(keyNode, $"未知的文字角色“{key}”，可用：{string.Join("、", roles.Keys)}。");
            fonts[role] = Font(file, file.Mapping(value, $"fonts.{key}"));
        }
        if (!fonts.ContainsKey(TextRole.Body))
            throw file.Error(fontsNode, "fonts 中必须定义 body（正文）字体。");

        var pageNumber = file.String(root, "page_number_format", "— {0} —");
        if (pageNumber.Replace("{0}", "").IndexOfAny(['{', '}']) >= 0 || !pageNumber.Contains("{0}"))
            throw file.Error(file.Require(root, "page_number_format"), $"page_number_format“{pageNumber}”应含一个 {{0}}（页码的位置），且不含其他花括号，如“— {{0}} —”。");
        return new DocumentStyle(
            setup,
            fonts,
            pageNumber,
            file.Number(root, "first_line_indent_chars", 0, 10, 2));
    }

    /// <summary>The body's characters per line (the character grid), 0 or absent for none; a whole number.</summary>
    private static int CharsPerLine(YamlFile file, YamlMappingNode page)
    {
        var chars = file.Number(page, "chars_per_line", 0, 100, 0);
        if (chars != Math.Floor(chars))
            throw file.Error(file.Require(page, "chars_per_line"), $"page.chars_per_line 应为整数（每行字数，如 28），现为 {chars.ToString(System.Globalization.CultureInfo.InvariantCulture)}。");
        return (int)chars;
    }

    private static FontSpec Font(YamlFile file, YamlMappingNode map)
    {
        file.OnlyKeys(map, "families", "size_pt", "bold", "line_spacing_pt", "align", "space_before_pt", "space_after_pt", "latin_family");
        var families = file.Strings(map, "families");
        if (families.Count == 0) throw file.Error(map, "families 至少列出一个字体名称。");
        var align = file.String(map, "align", "justify") switch
        {
            "justify" => Alignment.Justify,
            "left" => Alignment.Left,
            "center" => Alignment.Center,
            "right" => Alignment.Right,
            var other => throw file.Error(file.Require(map, "align"), $"align 的值“{other}”无效，可用：justify、left、center、right。"),
        };
        var size = file.Number(map, "size_pt", 4, 200);
        var spacing = file.Get(map, "line_spacing_pt") is null ? (double?)null : file.Number(map, "line_spacing_pt", size / 2, 500);
        return new FontSpec(
            families,
            size,
            file.Bool(map, "bold", false),
            spacing,
            align,
            file.Number(map, "space_before_pt", 0, 500, 0),
            file.Number(map, "space_after_pt", 0, 500, 0),
            file.String(map, "latin_family", "Times New Roman"));
    }
}
