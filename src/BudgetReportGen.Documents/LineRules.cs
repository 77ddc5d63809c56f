using System.Text.RegularExpressions;

namespace BudgetReportGen.Documents;

/// <summary>
/// The Chinese line rules every writer follows (after GB/T 15834, CLREQ and JLREQ), kept in one place so the three formats
/// agree: the punctuation that may not start or end a line, the pieces of text a line may not break inside (a number and
/// its unit, a date), and which adjacent full-width marks are set half-width (punctuation compression).
/// </summary>
public static partial class LineRules
{
    /// <summary>Closing and trailing punctuation, and connectors (连接号 "-" "–" "～"): never at the start of a line.</summary>
    public const string Closing = "，。、；：？！）》」』”’】〕〉〗｝］,.;:?!)]}%％．·…—～‰℃-–";

    /// <summary>Opening punctuation: never at the end of a line.</summary>
    public const string Opening = "（《「『“‘【〔〈〖｛［([{";

    /// <summary>Full-width marks whose glyph fills only the left half of the em box (closing brackets, comma, full stop…).</summary>
    public const string FullWidthClosing = "，。、；：）》」』”’】〕〉〗｝］";

    /// <summary>Full-width marks whose glyph fills only the right half of the em box (opening brackets and quotes).</summary>
    public const string FullWidthOpening = "（《「『“‘【〔〈〖｛［";

    public static bool IsClosing(char c) => Closing.Contains(c);
    public static bool IsOpening(char c) => Opening.Contains(c);

    /// <summary>
    /// True when the full-width mark at <paramref name="index"/> is set half-width because the next character is also a
    /// full-width mark: a closing mark before another mark ("）。" "。”" "，（") loses its blank right half.
    /// </summary>
    public static bool CompressRightHalf(string text, int index) =>
        index + 1 < text.Length && FullWidthClosing.Contains(text[index])
        && (FullWidthClosing.Contains(text[index + 1]) || FullWidthOpening.Contains(text[index + 1]));

    /// <summary>
    /// True when the full-width opening mark at <paramref name="index"/> is set half-width because the character before it is
    /// an opening mark ("（“"): it loses its blank left half. (After a closing mark the closing one is compressed instead.)
    /// </summary>
    public static bool CompressLeftHalf(string text, int index) =>
        index > 0 && FullWidthOpening.Contains(text[index]) && FullWidthOpening.Contains(text[index - 1]);

    /// <summary>Units that stay on the line of the number before them (the longer forms first).</summary>
    public static IReadOnlyList<string> Units { get; } =
        ["万元", "亿元", "千元", "台（套）", "台(套)", "平方米", "元", "%", "％", "‰", "个", "辆", "台", "套", "人", "名", "项", "次", "家", "户", "米", "吨", "倍", "天", "万", "亿"];

    // A date (2023年1月1日, 2023年1月, 1月1日) or a number (3, 1,234.56, 12.5) with the unit after it (a space between allowed).
    [GeneratedRegex(@"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d[\d,.]* ?(?:万元|亿元|千元|台（套）|台\(套\)|平方米|[元%％‰个辆台套人名项次家户米吨倍天万亿])|\d[\d,.]*\d|\d", RegexOptions.CultureInvariant)]
    private static partial Regex NoBreakPattern();

    /// <summary>
    /// The pieces of <paramref name="text"/> no line may break inside, as (start, length), in order and not overlapping:
    /// a number with its unit ("31.18万元", "3台（套）", "95%"), a date ("2023年1月1日") and a bare number ("1,234.56").
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> NoBreakSpans(string text)
    {
        if (text.Length < 2) return [];
        var spans = new List<(int, int)>();
        foreach (Match m in NoBreakPattern().Matches(text))
            if (m.Length > 1) spans.Add((m.Index, m.Length));
        return spans;
    }

    /// <summary>
    /// An estimate of the lines <paramref name="text"/> (one paragraph, no '\n') takes, for writers that do not lay text out
    /// themselves (Word's page estimate): broken by these rules — not before closing nor after opening punctuation, not inside
    /// a number with its unit, a date or a Latin word — with full-width characters one cell wide, letters and digits
    /// <paramref name="narrowCells"/> (half an em, in cells) and spaces half that, the first line <paramref name="firstLineCells"/> wide and the others <paramref name="lineCells"/>.
    /// </summary>
    public static int CountLines(string text, double firstLineCells, double lineCells, double narrowCells = 0.5)
    {
        // A space is a quarter em in the usual Latin faces: half a letter's width.
        double Cells(string s) => s.Sum(c => ColumnFit.IsWide(c) ? 1 : c == ' ' ? narrowCells / 2 : narrowCells);
        var spans = NoBreakSpans(text);
        var lines = 1;
        var used = 0.0;
        var available = Math.Max(1, firstLineCells);
        lineCells = Math.Max(1, lineCells);
        for (var i = 0; i < text.Length;)
        {
            var end = i + 1;
            while (end < text.Length && !MayBreakBefore(text, end, spans)) end++;
            var segment = text[i..end];
            var width = Cells(segment);
            // Trailing spaces hang at a line's end: only the rest must fit.
            if (used > 0 && used + Cells(segment.TrimEnd(' ')) > available + 1e-9)
            {
                lines++;
                used = 0;
                available = lineCells;
                if (text[i] == ' ') width -= narrowCells / 2; // a space at the break is dropped
            }
            used += width;
            while (used > available + 1e-9)
            {
                lines++;
                used -= available;
                available = lineCells;
            }
            i = end;
        }
        return lines;
    }

    private static bool MayBreakBefore(string text, int index, IReadOnlyList<(int Start, int Length)> spans)
    {
        char before = text[index - 1], after = text[index];
        if (InsideSpan(spans, index)) return false;
        if (before == ' ') return true;
        if (after == ' ' || IsClosing(after) || IsOpening(before)) return false;
        return ColumnFit.IsWide(before) || ColumnFit.IsWide(after);
    }

    /// <summary>True when a line may not break before the character at <paramref name="offset"/> of a text whose no-break spans are <paramref name="spans"/>.</summary>
    public static bool InsideSpan(IReadOnlyList<(int Start, int Length)> spans, int offset)
    {
        foreach (var (start, length) in spans)
        {
            if (offset <= start) return false;
            if (offset < start + length) return true;
        }
        return false;
    }
}
