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

    /// <summary>The message naming the characters of <paramref name="document"/> that no installed font has, or null when there are none.</summary>
    public static string? MissingCharacters(Document document, IReadOnlyList<string> fontFolders) =>
        Fonts.MissingCharacters.Find(document, FontSet.For(fontFolders)) is { Count: > 0 } missing ? Fonts.MissingCharacters.Describe(missing) : null;
}
