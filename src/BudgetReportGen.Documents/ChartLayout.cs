using BudgetReportGen.Documents.Charts;

namespace BudgetReportGen.Documents;

/// <summary>
/// The one layout of a chart, shared by the writers: from a <see cref="Chart"/>, the style and the width available, the shapes
/// to draw in points (<see cref="ChartDrawing"/>). The title is set in the table caption's font, every other text in the table
/// body's; colours come from <see cref="DocumentStyle.ChartColours"/>. Pie and ring charts list each category with its label in
/// a legend beside the disc (small slices never crowd their labels); bar and stacked bar charts are horizontal, a row per
/// category with its name on the left, so long Chinese names and labels have room. Text is measured with the estimate of
/// <see cref="TextWidth"/> (wide characters one em, others half), so every writer places it identically.
/// </summary>
public static class ChartLayout
{
    /// <summary>Lays out <paramref name="chart"/> in <paramref name="widthPt"/>; without its title when the writer prints the
    /// title itself (an HTML figure's caption). Throws <see cref="DocumentWriteException"/> for a chart that cannot be drawn.</summary>
    public static ChartDrawing Lay(Chart chart, DocumentStyle style, double widthPt, bool withTitle = true)
    {
        ChartCheck.Validate(chart, style.ChartColours);
        var canvas = new ChartCanvas(style, widthPt);
        if (withTitle) canvas.Title(chart.Title);
        if (chart.Kind is ChartKind.Pie or ChartKind.Ring) PieLayout.Lay(canvas, chart);
        else BarLayout.Lay(canvas, chart);
        return canvas.ToDrawing();
    }

    /// <summary>The height a chart laid out as <paramref name="drawing"/> takes on a page whose text area is <paramref name="textHeightPt"/>
    /// high: never more than 0.75 of it (a landscape page is short).</summary>
    public static double HeightOnPage(ChartDrawing drawing, double textHeightPt) => Math.Min(drawing.Height, textHeightPt * 0.75);

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="sizePt"/> (<see cref="ColumnFit.Width"/>).</summary>
    public static double TextWidth(string text, double sizePt) => ColumnFit.Width(text, sizePt);

    /// <summary>
    /// <paramref name="text"/> broken into lines no wider than <paramref name="maxWidth"/> at <paramref name="sizePt"/>: Chinese
    /// breaks between any two characters, a run of Latin letters or digits is kept whole where it fits. Beyond
    /// <paramref name="maxLines"/> the last line ends with "…".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double sizePt, double maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var piece in Pieces(text))
        {
            if (line.Length > 0 && TextWidth(line + piece, sizePt) > maxWidth)
            {
                lines.Add(line);
                line = "";
            }
            line += line.Length == 0 ? piece.TrimStart() : piece;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        if (lines.Count <= maxLines) return lines;
        var last = lines[maxLines - 1];
        while (last.Length > 0 && TextWidth(last + "…", sizePt) > maxWidth) last = last[..^1];
        return [.. lines.Take(maxLines - 1), last + "…"];
    }

    /// <summary>Wide characters one by one, narrow runs whole; an opening mark stays with the character after it, a closing
    /// mark with the one before it (<see cref="LineRules"/>).</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length - 1 && LineRules.IsOpening(text[i])) i++;
            if (IsNarrow(text[i]))
                while (i < text.Length && IsNarrow(text[i])) i++;
            else i++;
            while (i < text.Length && LineRules.IsClosing(text[i])) i++;
            yield return text[start..i];
        }
    }

    private static bool IsNarrow(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '%';
}
