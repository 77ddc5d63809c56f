using System.Globalization;
using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Blocks;
using BudgetReportGen.Writers.Html.Styles;
using BudgetReportGen.Writers.Html.Text;

namespace BudgetReportGen.Writers.Html;

/// <summary>
/// Writes a <see cref="Document"/> as one self-contained HTML file: UTF-8 without BOM, an inline stylesheet built from
/// <see cref="Document.Style"/> (screen and print), no scripts and no external requests. Same document in, same bytes out.
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var html = Build(document);
        using var writer = new StreamWriter(output, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
        foreach (var chunk in html.GetChunks()) writer.Write(chunk.Span);
    }

    /// <summary>The whole HTML file as a string.</summary>
    public string Render(Document document) => Build(document).ToString();

    private static StringBuilder Build(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentCheck.Check(document);

        var info = document.Info;
        var sb = new StringBuilder(32 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").AppendAttribute(info.Language).Append("\">\n<head>\n");
        sb.Append("<meta charset=\"utf-8\"/>\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        sb.Append("<title>").AppendText(info.Title).Append("</title>\n");
        sb.Append("<meta name=\"description\" content=\"").AppendAttribute(info.Subject).Append("\"/>\n");
        sb.Append("<meta name=\"author\" content=\"").AppendAttribute(info.Author).Append("\"/>\n");
        sb.Append("<meta name=\"date\" content=\"").Append(info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"/>\n");
        sb.Append("<style>\n");
        StyleSheet.Append(sb, document.Style);
        if (document.Blocks.OfType<TableOfContents>().FirstOrDefault() is { } toc)
            StyleSheet.AppendContentsSpacing(sb, document.Style, TocFit.EntryLineSpacingPt(document, toc));
        sb.Append("</style>\n</head>\n<body>\n<main>\n");
        foreach (var block in document.Blocks) BlockMarkup.Append(sb, document, block);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb;
    }
}
