using System.Globalization;
using System.Text;
using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>What the PDF writer does with a character no font of the document can draw (which PDFsharp would silently drop).</summary>
public enum MissingCharacterPolicy
{
    /// <summary>Stop with a <see cref="DocumentWriteException"/> naming each character and where it occurs (the default).</summary>
    Error,
    /// <summary>Report each character through <see cref="PdfWriterOptions.Warn"/> and write the PDF.</summary>
    Warning,
}

/// <summary>
/// Finds the characters of a document that no installed font has a glyph for (rare CJK beyond the BMP, emoji), so the PDF
/// never silently loses them while the HTML and Word keep them. A character counts as drawable when the Chinese or the Latin
/// face of a role of the style has it, or any other installed TrueType face (the writer then draws it in that face,
/// <see cref="FontFallback"/>).
/// </summary>
internal static class MissingCharacters
{
    /// <summary>Each missing character with the first text it occurs in, in document order.</summary>
    public static IReadOnlyList<(int CodePoint, string Context)> Find(Document document, FontSet fonts)
    {
        var faces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in Enum.GetValues<TextRole>())
        {
            var spec = document.Style.Font(role);
            faces.Add(fonts.Get(spec, role).FontFamily.Name);
            if (fonts.GetLatin(spec) is { } latin) faces.Add(latin.FontFamily.Name);
        }
        var missing = new List<(int, string)>();
        var seen = new HashSet<int>();
        foreach (var text in Texts(document))
            foreach (var rune in text.EnumerateRunes())
            {
                var category = Rune.GetUnicodeCategory(rune);
                if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) continue;
                if (seen.Contains(rune.Value) || faces.Any(f => GlyphCoverage.Has(f, rune.Value)) || fonts.AnyFaceHas(rune.Value)) continue;
                seen.Add(rune.Value);
                missing.Add((rune.Value, text));
            }
        return missing;
    }

    /// <summary>The message naming each character (code point and the text around it) and how to fix it.</summary>
    public static string Describe(IReadOnlyList<(int CodePoint, string Context)> missing)
    {
        var items = missing.Take(20).Select(m =>
            $"U+{m.CodePoint.ToString("X4", CultureInfo.InvariantCulture)}“{char.ConvertFromUtf32(m.CodePoint)}”（出现在“{Shorten(m.Context, m.CodePoint)}”）");
        return $"本机安装的字体（含模板包的 fonts/）都没有以下字符，PDF 中会缺字：{string.Join("；", items)}{(missing.Count > 20 ? $"，共 {missing.Count} 个" : "")}。"
            + "请把这些字符改为常用字（或去掉表情符号），或在模板包的 fonts/ 中放入含有它们的 TrueType 字体（.ttf/.ttc），PDF 会自动用它补上这些字符。";
    }

    private static string Shorten(string text, int codePoint)
    {
        var at = text.IndexOf(char.ConvertFromUtf32(codePoint), StringComparison.Ordinal);
        var start = Math.Max(0, at - 12);
        var length = Math.Min(text.Length - start, 30);
        return (start > 0 ? "…" : "") + text.Substring(start, length).ReplaceLineEndings(" ") + (start + length < text.Length ? "…" : "");
    }

    private static IEnumerable<string> Texts(Document document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitlePage title:
                    yield return title.Title;
                    foreach (var line in title.Lines) yield return line;
                    break;
                case TableOfContents toc:
                    yield return toc.Title;
                    break;
                case Heading heading:
                    yield return heading.Text;
                    break;
                case Paragraph paragraph:
                    yield return paragraph.Text;
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        yield return item.Marker;
                        yield return string.Concat(item.Inlines.Select(i => i.Text));
                    }
                    break;
                case Remark remark:
                    yield return remark.Text;
                    break;
                case TableBlock { Table: var table }:
                    yield return table.Caption.Number;
                    yield return table.Caption.Title;
                    yield return table.Caption.LeftNote;
                    yield return table.Caption.RightNote;
                    if (table.Remark is not null) yield return table.Remark;
                    foreach (var row in table.HeaderRows.Concat(table.BodyRows))
                        foreach (var cell in row.Cells)
                            yield return cell.Text;
                    break;
            }
        }
    }
}
