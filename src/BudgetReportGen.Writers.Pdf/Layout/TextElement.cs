using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>
/// Flowing text broken into lines (a paragraph, heading, list item, remark or contents title). It splits between lines
/// across pages, leaving at least two lines on each side; the space before it is dropped at the top of a page.
/// </summary>
internal sealed class TextElement : ILayoutElement
{
    private readonly Source source;
    private readonly int start;

    public TextElement(IReadOnlyList<StyledText> runs, TextFormat format, Alignment alignment, double firstLineIndent, LineBreaker breaker,
        string? anchor = null, bool keepWithNext = false)
        : this(new Source(runs, format, alignment, firstLineIndent, breaker, anchor, keepWithNext), 0) { }

    private TextElement(Source source, int start)
    {
        this.source = source;
        this.start = start;
    }

    public bool KeepWithNext => source.KeepWithNext;

    public Fit Measure(Space space)
    {
        var lines = source.Lines(space.Width);
        var format = source.Format;
        var before = start == 0 && !space.AtPageTop ? format.Spec.SpaceBeforePt : 0;
        var lineHeight = format.LineHeight;
        var fitting = (int)Math.Floor((space.Height - before + 0.01) / lineHeight);
        if (fitting <= 0)
        {
            if (!space.AtPageTop) return Fit.Nothing(this);
            fitting = 1;
        }
        var remaining = lines.Count - start;
        var count = Math.Min(fitting, remaining);
        if (count < remaining && !space.AtPageTop)
        {
            // Widow and orphan control: never one line alone at the bottom or at the top of a page.
            if (remaining - count == 1) count--;
            if (count < 2) return Fit.Nothing(this);
        }
        var done = start + count == lines.Count;
        var after = done ? Math.Min(format.Spec.SpaceAfterPt, Math.Max(0, space.Height - before - count * lineHeight)) : 0;
        var first = start;
        return new Fit(
            before + count * lineHeight + after,
            (context, top) =>
            {
                for (var i = 0; i < count; i++)
                {
                    var indent = first + i == 0 ? source.FirstLineIndent : 0;
                    LineDrawer.Draw(context.Graphics, lines[first + i], context.Left + indent, context.Width - indent,
                        top + before + i * lineHeight + format.BaselineOffset, source.Alignment);
                }
            },
            done ? null : new TextElement(source, start + count),
            Anchor: start == 0 ? source.Anchor : null);
    }

    /// <summary>The text and how it is set; its lines are broken once per width.</summary>
    private sealed record Source(IReadOnlyList<StyledText> Runs, TextFormat Format, Alignment Alignment, double FirstLineIndent,
        LineBreaker Breaker, string? Anchor, bool KeepWithNext)
    {
        private (double Width, IReadOnlyList<Line> Lines)? broken;

        public IReadOnlyList<Line> Lines(double width)
        {
            if (broken is { } b && b.Width == width) return b.Lines;
            var lines = Breaker.Break(Runs, width - FirstLineIndent, width, Alignment == Alignment.Justify);
            broken = (width, lines);
            return lines;
        }
    }
}
