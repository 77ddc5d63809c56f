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
        var seen = new HashSet<int>(); // each character is looked up once per document: a report runs to tens of thousands
        var drawable = new HashSet<int>();
        foreach (var text in Texts(document))
            foreach (var rune in text.EnumerateRunes())
            {
                var category = Rune.GetUnicodeCategory(rune);
                if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) continue;
                if (drawable.Contains(rune.Value) || seen.Contains(rune.Value)) continue;
                if (AnyHas(faces, rune.Value) || fonts.AnyFaceHas(rune.Value))
                {
                    drawable.Add(rune.Value);
                    continue;
                }
                seen.Add(rune.Value);
                missing.Add((rune.Value, text));
            }
        return missing;
    }

    /// <summary>True when one of <paramref name="faces"/> has <paramref name="codePoint"/> (a loop: a lambda here cost an allocation per character).</summary>
    private static bool AnyHas(HashSet<string> faces, int codePoint)
    {
        foreach (var face in faces)
            if (GlyphCoverage.Has(face, codePoint)) return true;
        return false;
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

    private static IEnumerable<string> Texts(Document document) => document.Blocks.SelectMany(block => block.Accept(PrintedText.Instance));

    /// <summary>The texts a block prints (a visitor, so a new kind of block cannot be forgotten here).</summary>
    private sealed class PrintedText : IBlockVisitor<IEnumerable<string>>
    {
        public static readonly PrintedText Instance = new();

        public IEnumerable<string> Visit(TitlePage block) => [block.Title, .. block.Lines];
        public IEnumerable<string> Visit(TableOfContents block) => [block.Title];
        public IEnumerable<string> Visit(Heading block) => [block.Text];
        public IEnumerable<string> Visit(Paragraph block) => [block.Text];
        public IEnumerable<string> Visit(ListBlock block) => block.Items.SelectMany(item => new[] { item.Marker, item.Text });
        public IEnumerable<string> Visit(Remark block) => [block.Text];
        public IEnumerable<string> Visit(PageBreak block) => [];

        public IEnumerable<string> Visit(TableBlock block)
        {
            var table = block.Table;
            return [table.Caption.Number, table.Caption.Title, table.Caption.LeftNote, table.Caption.RightNote, table.Remark ?? "",
                .. table.HeaderRows.Concat(table.BodyRows).SelectMany(row => row.Cells).Select(cell => cell.Text)];
        }

        public IEnumerable<string> Visit(ChartBlock block)
        {
            var chart = block.Chart;
            return [chart.Title, chart.Unit, .. chart.Categories, .. chart.Series.Select(s => s.Name),
                .. chart.Series.SelectMany(s => s.Points).Select(p => p.Label)];
        }
    }
}
