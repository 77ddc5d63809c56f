using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Styles;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// A chart in the body: its title as a caption paragraph above (Table Caption style, kept with the next paragraph, as a
/// table's caption), then a centred paragraph holding the chart inline (w:drawing/wp:inline, the chart part by
/// relationship id) at the size <see cref="ChartSize"/> gives, with the chart's text alternative as the drawing's description.
/// </summary>
internal static class InlineChart
{
    /// <summary>Space after the chart's paragraph (6 pt), before the text that follows.</summary>
    public static readonly int SpacingAfterTwips = Units.TwipsFromPt(Documents.PageEstimate.ChartSpaceAfterPt);

    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static IEnumerable<Paragraph> Write(M.Chart chart, int number, string relationshipId, int widthTwips, int heightTwips)
    {
        if (chart.Title.Length > 0) yield return Paragraphs.Styled(StyleIds.TableCaption, Runs.Text(chart.Title));
        var paragraph = Paragraphs.Styled(StyleIds.Normal, new Run(new Drawing(Inline(chart, number, relationshipId, widthTwips, heightTwips))));
        var properties = paragraph.ParagraphProperties!;
        // Single "auto" spacing: an exact line height from the style would clip the drawing to one line.
        properties.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = "0", After = SpacingAfterTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "240", LineRule = LineSpacingRuleValues.Auto,
        };
        properties.Justification = new Justification { Val = JustificationValues.Center };
        yield return paragraph;
    }

    private static DW.Inline Inline(M.Chart chart, int number, string relationshipId, int widthTwips, int heightTwips)
    {
        var id = (uint)number;
        return new DW.Inline(
            new DW.Extent { Cx = widthTwips * ChartSize.EmuPerTwip, Cy = heightTwips * ChartSize.EmuPerTwip },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Chart {number}", Description = Runs.Clean(chart.Description), Title = Runs.Clean(chart.Title) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };
    }
}
