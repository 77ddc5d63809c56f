using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Content;

/// <summary>Paragraphs that carry a style id and their runs.</summary>
internal static class Paragraphs
{
    public static Paragraph Styled(string styleId, params IEnumerable<Run?> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        foreach (var run in runs)
            if (run is not null) paragraph.Append(run);
        return paragraph;
    }
}
