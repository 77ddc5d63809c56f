using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Styles;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Fields;

/// <summary>The footer: the page-number form of the style ("— {0} —") with a PAGE field in place of {0}.</summary>
internal static class FooterWriter
{
    public static Footer Build(string pageNumberFormat)
    {
        var at = pageNumberFormat.IndexOf("{0}", StringComparison.Ordinal);
        if (at < 0)
            throw new BudgetReportGen.Documents.DocumentWriteException(
                $"页码格式“{pageNumberFormat}”中没有页码占位符 {{0}}。请在样式文件中把页码格式写成例如“— {{0}} —”。");
        var before = pageNumberFormat[..at];
        var after = pageNumberFormat[(at + 3)..];
        var paragraph = Paragraphs.Styled(StyleIds.Footer, before.Length > 0 ? Runs.Text(before) : null);
        paragraph.Append(FieldRuns.Field("PAGE", "1"));
        if (after.Length > 0) paragraph.Append(Runs.Text(after));
        var footer = new Footer(paragraph);
        footer.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        return footer;
    }
}
