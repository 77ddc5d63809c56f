using BudgetReportGen.Documents;

namespace BudgetReportGen.Corpus.Tests;

/// <summary>A piece of printed text and where it stands (for messages): a heading, a paragraph, a list item, a table cell …</summary>
public sealed record PrintedPiece(string Where, string Text);

/// <summary>Every text a document prints, piece by piece, from the document model (what every writer prints).</summary>
public static class PrintedText
{
    public static IEnumerable<PrintedPiece> Of(Document document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitlePage cover:
                    yield return new("封面", cover.Title);
                    foreach (var line in cover.Lines) yield return new("封面", line);
                    break;
                case Heading heading:
                    yield return new("标题", heading.Text);
                    break;
                case Paragraph paragraph:
                    yield return new("段落", paragraph.Text);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items) yield return new("列表", item.Marker + item.Text);
                    break;
                case Remark remark:
                    yield return new("备注", remark.Text);
                    break;
                case TableBlock { Table: var table }:
                    var number = table.Caption.Number;
                    foreach (var text in new[] { table.Caption.Number, table.Caption.Title, table.Caption.LeftNote, table.Caption.RightNote, table.Remark ?? "" })
                        yield return new($"{number} 标题", text);
                    foreach (var cell in table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells))
                        yield return new($"{number} 单元格", cell.Text);
                    break;
            }
        }
    }

    /// <summary>The text around <paramref name="index"/> for a message.</summary>
    public static string Around(string text, int index, int length)
    {
        var start = Math.Max(0, index - 20);
        var end = Math.Min(text.Length, index + length + 20);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
