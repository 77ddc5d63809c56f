using System.Text;
using BudgetReportGen.Documents;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>
/// The visible text of a document, one block per line group, for golden files a person can review against the seed:
/// headings as "#"…, paragraphs as text, list items with their markers, tables as caption lines and "|"-separated rows
/// (a spanning cell is shown once, with its span as "⟨c2⟩"/"⟨r3⟩").
/// </summary>
internal static class DocumentText
{
    public static string Of(Document document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitlePage cover:
                    text.AppendLine($"[封面] {cover.Title}");
                    foreach (var line in cover.Lines) text.AppendLine($"[封面] {line}");
                    break;
                case TableOfContents toc:
                    text.AppendLine($"[目录] {toc.Title}");
                    foreach (var entry in Toc.Collect(document, toc.MaxLevel)) text.AppendLine($"[目录] {new string(' ', 2 * (entry.Level - 1))}{entry.Text}");
                    break;
                case Heading heading:
                    text.AppendLine($"{new string('#', heading.Level)} {heading.Text}");
                    break;
                case Paragraph paragraph:
                    text.AppendLine(paragraph.Text);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items) text.AppendLine($"{item.Marker} {item.Text}");
                    break;
                case Remark remark:
                    text.AppendLine($"[备注] {remark.Text}");
                    break;
                case PageBreak:
                    text.AppendLine("[分页]");
                    break;
                case TableBlock { Table: var table }:
                    AppendTable(text, table);
                    break;
            }
        }
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, Table table)
    {
        var caption = table.Caption;
        text.AppendLine($"[{caption.Number}] {caption.Title}{(table.Orientation == PageOrientation.Landscape ? "（横向）" : "")}");
        text.AppendLine($"[{caption.Number}] {caption.LeftNote} ｜ {caption.RightNote}");
        foreach (var row in table.HeaderRows) text.AppendLine($"[{caption.Number} 表头] {Row(row)}");
        foreach (var row in table.BodyRows) text.AppendLine($"[{caption.Number}{(row.Kind == RowKind.Normal ? "" : " " + row.Kind)}] {Row(row)}");
        if (table.Remark is { } remark) text.AppendLine($"[{caption.Number}] {remark}");
    }

    private static string Row(TableRow row) => string.Join(" | ", row.Cells.Select(cell =>
        cell.Text.Replace("\n", "⏎") + (cell.ColSpan > 1 ? $"⟨c{cell.ColSpan}⟩" : "") + (cell.RowSpan > 1 ? $"⟨r{cell.RowSpan}⟩" : "")));
}
