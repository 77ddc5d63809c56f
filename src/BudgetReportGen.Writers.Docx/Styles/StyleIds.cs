using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>Paragraph style ids. Built-in Word styles keep their built-in ids (Heading1, TOC1, Footer…) so Word's
/// navigation pane, TOC and style gallery recognise them.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string BodyText = "BodyText";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TocHeading = "TOCHeading";
    public const string TableCaption = "TableCaption";
    public const string TableNote = "TableNote";
    public const string TableHeader = "TableHeader";
    public const string TableBody = "TableBody";
    public const string Remark = "Remark";
    public const string Footer = "Footer";

    /// <summary>Word's TOC styles run from toc 1 to toc 9.</summary>
    public const int MaxTocLevel = 9;

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 4)}";

    public static string Toc(int level) => $"TOC{Math.Clamp(level, 1, MaxTocLevel)}";

    public static string ForRole(TextRole role) => role switch
    {
        TextRole.Title => Title,
        TextRole.TitleLine => Subtitle,
        TextRole.Heading1 => Heading(1),
        TextRole.Heading2 => Heading(2),
        TextRole.Heading3 => Heading(3),
        TextRole.Heading4 => Heading(4),
        TextRole.TocTitle => TocHeading,
        TextRole.TocEntry => Toc(1),
        TextRole.TableCaption => TableCaption,
        TextRole.TableNote => TableNote,
        TextRole.TableHeader => TableHeader,
        TextRole.TableBody => TableBody,
        TextRole.Remark => Remark,
        TextRole.Footer => Footer,
        _ => BodyText,
    };
}
