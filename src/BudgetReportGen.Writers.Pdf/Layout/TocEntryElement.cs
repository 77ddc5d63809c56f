using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>
/// One line of the table of contents: the entry's text indented by level, a dot leader and the page number right-aligned.
/// The number is read at drawing time, after the whole document has been paginated (the entry's height does not depend on it).
/// </summary>
internal sealed class TocEntryElement(TocEntry entry, TextFormat format, double indentPerLevel, TextMeasurer measurer, LineBreaker breaker)
    : ILayoutElement
{
    private const string Leader = "．";

    public Fit Measure(Space space)
    {
        var font = format.Font;
        var numberWidth = measurer.Width("0000", font);
        var indent = (entry.Level - 1) * indentPerLevel;
        var textWidth = space.Width - indent - numberWidth - measurer.Width(Leader, font) * 2;
        var lines = breaker.Break([new StyledText(entry.Text, font)], textWidth, textWidth);
        var height = lines.Count * format.LineHeight;
        if (height > space.Height && !space.AtPageTop) return Fit.Nothing(this);
        return new Fit(height, (context, top) =>
        {
            var g = context.Graphics;
            for (var i = 0; i < lines.Count; i++)
                LineDrawer.Draw(g, lines[i], context.Left + indent, textWidth, top + i * format.LineHeight + format.BaselineOffset, Alignment.Left);
            var baseline = top + (lines.Count - 1) * format.LineHeight + format.BaselineOffset;
            var number = context.PageNumberOf(entry.Anchor)?.ToString() ?? "";
            var right = context.Left + context.Width;
            var numberLeft = right - measurer.Width(number, font);
            var leaderWidth = measurer.Width(Leader, font);
            var leaderStart = context.Left + indent + lines[^1].NaturalWidth + leaderWidth / 2;
            var count = (int)Math.Floor((numberLeft - leaderWidth / 2 - leaderStart) / leaderWidth);
            if (count > 0) g.DrawString(string.Concat(Enumerable.Repeat(Leader, count)), font, XBrushes.Black, numberLeft - leaderWidth / 2 - count * leaderWidth, baseline);
            g.DrawString(number, font, XBrushes.Black, numberLeft, baseline);
        }, null, Anchor: null);
    }
}
