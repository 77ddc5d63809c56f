using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// What the PDF writer's fonts will do with a style or a document, without writing it: which font serves each role
/// (and which are substitutes for the official fonts), and which characters no installed font can draw.
/// The same fonts and rules as <see cref="PdfWriter"/> with the same font folders.
/// </summary>
public static class PdfFonts
{
    /// <summary>
    /// The font of each role of <paramref name="style"/>, in role order. Stops with a <see cref="DocumentWriteException"/>
    /// (saying what to install) when a role has no usable font, as writing would.
    /// </summary>
    public static IReadOnlyList<FontChoice> Choices(DocumentStyle style, IReadOnlyList<string> fontFolders)
    {
        var fonts = FontSet.For(fontFolders);
        return Enum.GetValues<TextRole>().Select(role => fonts.Choose(style.Font(role), role)).ToList();
    }

    /// <summary>
    /// One warning per official font that is installed neither in the pack's fonts/ (<paramref name="packFonts"/>) nor on the
    /// machine: the roles it serves, the font used instead, and what to install (a licensed copy in the pack's fonts/, or a
    /// free TrueType substitute).
    /// </summary>
    public static IReadOnlyList<string> SubstituteWarnings(IReadOnlyList<FontChoice> choices, string packFonts) =>
        choices.Where(c => c.IsSubstitute).GroupBy(c => (c.Wanted, c.Used))
            .Select(g => $"PDF 的{string.Join("、", g.Select(c => c.RoleName))}没有找到正式字体“{g.Key.Wanted}”，已用“{g.Key.Used}”代替。"
                         + $"请把有授权的“{g.Key.Wanted}”字体文件（.ttf/.ttc）放进模板包的 fonts/ 文件夹（{packFonts}），"
                         + $"或安装免费的替代字体 {g.First().FreeSubstitutes}。")
            .ToList();

    /// <summary>The message naming the characters of <paramref name="document"/> that no installed font has, or null when there are none.</summary>
    public static string? MissingCharacters(Document document, IReadOnlyList<string> fontFolders) =>
        Fonts.MissingCharacters.Find(document, FontSet.For(fontFolders)) is { Count: > 0 } missing ? Fonts.MissingCharacters.Describe(missing) : null;
}
