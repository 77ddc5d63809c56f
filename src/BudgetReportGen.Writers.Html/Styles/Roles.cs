using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Html.Styles;

/// <summary>Where each <see cref="TextRole"/> appears in the markup: the elements that carry it, and the class a paragraph gets when it plays it.</summary>
internal static class Roles
{
    /// <summary>The class of a paragraph that plays <paramref name="role"/> instead of body text ("role-remark").</summary>
    public static string ClassName(TextRole role) => role switch
    {
        TextRole.Title => "role-title",
        TextRole.TitleLine => "role-title-line",
        TextRole.Heading1 => "role-heading1",
        TextRole.Heading2 => "role-heading2",
        TextRole.Heading3 => "role-heading3",
        TextRole.Heading4 => "role-heading4",
        TextRole.Body => "role-body",
        TextRole.TocTitle => "role-toc-title",
        TextRole.TocEntry => "role-toc-entry",
        TextRole.TableCaption => "role-table-caption",
        TextRole.TableNote => "role-table-note",
        TextRole.TableHeader => "role-table-header",
        TextRole.TableBody => "role-table-body",
        TextRole.Remark => "role-remark",
        TextRole.Footer => "role-footer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The elements the writer emits for <paramref name="role"/>; null for the page number, which lives in @page.</summary>
    public static string? ElementSelector(TextRole role) => role switch
    {
        TextRole.Title => ".cover-title",
        TextRole.TitleLine => ".cover-line",
        TextRole.Heading1 => "h1",
        TextRole.Heading2 => "h2",
        TextRole.Heading3 => "h3",
        TextRole.Heading4 => "h4",
        TextRole.Body => "p, .list > li",
        TextRole.TocTitle => ".toc-title",
        TextRole.TocEntry => ".toc li",
        TextRole.TableCaption => ".table-number, .table-title",
        TextRole.TableNote => ".table-notes",
        TextRole.TableHeader => "th",
        TextRole.TableBody => "td",
        TextRole.Remark => ".remark",
        _ => null,
    };

    /// <summary>Table cells take their alignment from the column or cell, not from the role.</summary>
    public static bool AlignsText(TextRole role) => role is not (TextRole.TableHeader or TextRole.TableBody);

    public static IReadOnlyList<TextRole> All { get; } = Enum.GetValues<TextRole>();

    public static string TextAlign(Alignment alignment) => alignment switch
    {
        Alignment.Left => "left",
        Alignment.Center => "center",
        Alignment.Right => "right",
        _ => "justify",
    };
}
