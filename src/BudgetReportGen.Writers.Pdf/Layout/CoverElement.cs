using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>The cover page: the title and the issuer's lines, centred, in the upper part of the page; it fills the page and ends it.
/// Where the text stands is the shared rule (<see cref="CoverLayout"/>).</summary>
internal sealed class CoverElement(TitlePage cover, TextFormat title, TextFormat line, LineBreaker breaker, DocumentStyle style) : ILayoutElement
{
    public Fit Measure(Space space)
    {
        var titleLines = breaker.Break([title.Run(cover.Title)], space.Width, space.Width);
        var issuerLines = cover.Lines.Select(l => breaker.Break([line.Run(l)], space.Width, space.Width)).ToList();
        return new Fit(space.Height, (context, top) =>
        {
            var y = top + CoverLayout.TitleTopPt(style);
            foreach (var l in titleLines)
            {
                LineDrawer.Draw(context.Graphics, l, context.Left, context.Width, y + title.BaselineOffset, Alignment.Center);
                y += title.LineHeight;
            }
            y += CoverLayout.GapAfterTitlePt(style);
            foreach (var l in issuerLines.SelectMany(x => x))
            {
                LineDrawer.Draw(context.Graphics, l, context.Left, context.Width, y + line.BaselineOffset, Alignment.Center);
                y += line.LineHeight;
            }
        }, null, EndsPage: true);
    }
}
