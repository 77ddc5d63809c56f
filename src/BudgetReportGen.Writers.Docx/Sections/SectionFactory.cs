using BudgetReportGen.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Sections;

/// <summary>
/// Makes the w:sectPr of a section: page size and orientation, margins, the footer with the page number and where
/// numbering starts. The cover section has no footer, so its page carries no number.
/// </summary>
internal sealed class SectionFactory(PageGeometry geometry, FontSpec footerFont)
{
    /// <summary>GB/T 9704: the page number line sits 7 mm below the bottom edge of the text area.</summary>
    private const double PageNumberGapMm = 7;

    public const string FooterRelationshipId = "rIdFooter1";

    public SectionProperties Create(PageOrientation orientation, bool numbered, bool restartNumbering)
    {
        var footerLineTwips = Units.TwipsFromPt(footerFont.LineSpacingPt ?? footerFont.SizePt * TextMetrics.SingleLineFactor);
        var footerDistance = Math.Max(0, geometry.BottomTwips - Units.TwipsFromMm(PageNumberGapMm) - footerLineTwips);
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
        return section;
    }
}
