using System.Globalization;
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
        var leaderWidth = measurer.Width(Leader, format.Font);
        var indent = (entry.Level - 1) * indentPerLevel;
        var textWidth = space.Width - indent - measurer.Width("0000", format.Latin) - leaderWidth * 2;
        var lines = breaker.Break([format.Run(entry.Text)], textWidth, textWidth);
        var height = lines.Count * format.LineHeight;
        if (height > space.Height && !space.AtPageTop) return Fit.Nothing(this);
        return new Fit(height, (context, top) =>
        {
            var g = context.Graphics;
            for (var i = 0; i < lines.Count; i++)
                LineDrawer.Draw(g, lines[i], context.Left + indent, textWidth, top + i * format.LineHeight + format.BaselineOffset, Alignment.Left);
            var baseline = top + (lines.Count - 1) * format.LineHeight + format.BaselineOffset;
            var number = context.PageNumberOf(entry.Anchor)?.ToString(CultureInfo.InvariantCulture) ?? "";
            var numberLeft = context.Left + context.Width - measurer.Width(number, format.Latin);
            // Leader dots sit on a grid of dot widths from the left edge, so the dots of all entries line up in columns.
            var textEnd = context.Left + indent + lines[^1].NaturalWidth + leaderWidth / 2;
            var first = Math.Ceiling((textEnd - context.Left) / leaderWidth);
            var count = (int)Math.Floor((numberLeft - leaderWidth / 2 - context.Left) / leaderWidth - first);
            if (count > 0) g.DrawString(string.Concat(Enumerable.Repeat(Leader, count)), format.Font, XBrushes.Black, context.Left + first * leaderWidth, baseline);
            g.DrawString(number, format.Latin, XBrushes.Black, numberLeft, baseline);
        }, null, Anchor: null);
    }
}
