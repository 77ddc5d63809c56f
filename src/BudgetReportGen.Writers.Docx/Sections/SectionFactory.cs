using BudgetReportGen.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Sections;

/// <summary>
/// Makes the w:sectPr of a section: page size and orientation, margins, the footer with the page number and where
/// numbering starts, and the character grid (w:docGrid) of the page box. The cover section has no footer, so its page carries no number.
/// </summary>
internal sealed class SectionFactory(PageGeometry geometry, DocumentStyle style)
{
    public const string FooterRelationshipId = "rIdFooter1";

    public SectionProperties Create(PageOrientation orientation, bool numbered, bool restartNumbering)
    {
        var footerFont = style.Font(TextRole.Footer);
        var footerLineTwips = Units.TwipsFromPt(footerFont.LineHeightPt);
        var footerDistance = geometry.FooterDistance(orientation, footerLineTwips);
        var section = new SectionProperties();
        if (numbered)
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = FooterRelationshipId });
        section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        var size = new PageSize
        {
            Width = (UInt32Value)(uint)geometry.PageWidth(orientation),
            Height = (UInt32Value)(uint)geometry.PageHeight(orientation),
        };
        if (orientation == PageOrientation.Landscape) size.Orient = PageOrientationValues.Landscape;
        section.Append(size);
        section.Append(new PageMargin
        {
            Top = geometry.TopTwips,
            Bottom = geometry.BottomTwips,
            Left = (UInt32Value)(uint)geometry.LeftTwips,
            Right = (UInt32Value)(uint)geometry.RightTwips,
            Header = (UInt32Value)(uint)footerDistance,
            Footer = (UInt32Value)(uint)footerDistance,
            Gutter = 0U,
        });
        if (restartNumbering) section.Append(new PageNumberType { Start = 1 });
        if (Grid(geometry.Box(orientation), style) is { } grid) section.Append(grid);
        return section;
    }

    /// <summary>
    /// The page's grid as Word's w:docGrid: a line grid at the body's line spacing (22 lines on the official page). The
    /// characters per line come from the on-grid styles' character spacing (<see cref="Styles.Formatting.TrackingTwips"/>), not
    /// from a "linesAndChars" grid: LibreOffice gives each 16 pt character two cells of a 15.79 pt character grid, spreading
    /// the text over twice the pages, where Word and LibreOffice both honour character spacing. Null when the page has no grid.
    /// </summary>
    internal static DocGrid? Grid(PageBox box, DocumentStyle style)
    {
        if (!box.HasCharGrid) return null;
        return new DocGrid
        {
            Type = DocGridValues.Lines,
            LinePitch = Units.TwipsFromPt(style.Font(TextRole.Body).LineHeightPt),
        };
    }
}
