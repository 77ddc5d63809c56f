using M = BudgetReportGen.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>Writes documents with <see cref="DocxWriter"/> and opens the result with the Open XML SDK.</summary>
internal static class DocxFixture
{
    public static byte[] Bytes(M.Document document)
    {
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static Body Body(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    public static string? StyleId(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The text of a paragraph, field results included, instructions excluded.</summary>
    public static string Text(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));


    /// <summary>A directory for rendered files that stays after the test, so a person can look at them.</summary>
    public static string OutputDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "BudgetReportGen.Docx.Tests");
        Directory.CreateDirectory(dir);
        return dir;
    }
}

