using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Which installed font serves a text role in the PDF: the family the style wants first (the official font, e.g. 仿宋_GB2312),
/// the family of its list that was found and the file it is in, and whether that is a substitute for the wanted one.
/// </summary>
/// <param name="Role">The text role.</param>
/// <param name="Wanted">The first family of the role's list: the official font.</param>
/// <param name="Used">The family of the list that is installed (as TrueType) and used.</param>
/// <param name="File">The font file of <paramref name="Used"/>.</param>
/// <param name="IsSubstitute">True when <paramref name="Used"/> is not <paramref name="Wanted"/>.</param>
/// <param name="FreeSubstitutes">The free TrueType fonts (Debian/Ubuntu packages) like the wanted one, e.g. "fonts-arphic-uming（宋体类）".</param>
public sealed record FontChoice(TextRole Role, string Wanted, string Used, string File, bool IsSubstitute, string FreeSubstitutes)
{
    /// <summary>The role's name for people (正文, 一级标题, …) with its key in style.yaml.</summary>
    public string RoleName => $"{Names[Role]}（{TextRoles.StyleKey(Role)}）";

    /// <summary>One line for people: the role, the wanted font and the one used (with its file) when it is another.</summary>
    public string Summary => IsSubstitute ? $"{RoleName}：{Wanted} → {Used}（{File}，替代）" : $"{RoleName}：{Used}（{File}）";

    private static readonly Dictionary<TextRole, string> Names = new()
    {
        [TextRole.Title] = "封面标题",
        [TextRole.TitleLine] = "封面单位行",
        [TextRole.Heading1] = "一级标题",
        [TextRole.Heading2] = "二级标题",
        [TextRole.Heading3] = "三级标题",
        [TextRole.Heading4] = "四级标题",
        [TextRole.Body] = "正文",
        [TextRole.TocTitle] = "目录标题",
        [TextRole.TocEntry] = "目录条目",
        [TextRole.TableCaption] = "表格标题",
        [TextRole.TableNote] = "表格单位行",
        [TextRole.TableHeader] = "表头",
        [TextRole.TableBody] = "表格内容",
        [TextRole.Remark] = "注释",
        [TextRole.Footer] = "页码",
    };
}
