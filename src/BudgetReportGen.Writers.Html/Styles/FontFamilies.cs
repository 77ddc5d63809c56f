using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Text;

namespace BudgetReportGen.Writers.Html.Styles;

/// <summary>
/// The CSS font-family list of a <see cref="FontSpec"/>: the Latin family first (browsers take Latin letters and digits
/// from it and fall through to the next family for Chinese), then the East Asian families in the style's order,
/// then a generic family so that a reader without any of them still gets the right kind of face.
/// </summary>
internal static class FontFamilies
{
    // Names of sans (黑体-like) faces; every other Chinese official face (宋体, 仿宋, 楷体, 小标宋) is a serif.
    private static readonly string[] SansMarkers = ["黑", "Hei", "Sans", "Gothic", "Yahei", "YaHei"];

    public static StringBuilder AppendFontFamily(this StringBuilder sb, FontSpec spec)
    {
        if (!string.IsNullOrWhiteSpace(spec.LatinFamily)) sb.AppendCssString(spec.LatinFamily).Append(", ");
        return sb.AppendEastAsianFamilies(spec);
    }

    /// <summary>The list without the Latin family: the East Asian families, then the generic family.</summary>
    public static StringBuilder AppendEastAsianFamilies(this StringBuilder sb, FontSpec spec)
    {
        foreach (var family in spec.Families)
            if (!string.IsNullOrWhiteSpace(family)) sb.AppendCssString(family).Append(", ");
        return sb.Append(GenericFamily(spec));
    }

    /// <summary>"sans-serif" when the first East Asian family is a 黑体-like face, else "serif".</summary>
    public static string GenericFamily(FontSpec spec)
    {
        var first = spec.Families.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f)) ?? "";
        return SansMarkers.Any(m => first.Contains(m, StringComparison.OrdinalIgnoreCase)) ? "sans-serif" : "serif";
    }
}
