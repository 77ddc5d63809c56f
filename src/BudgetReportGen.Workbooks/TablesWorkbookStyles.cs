using BudgetReportGen.Core.Workbooks;
using BudgetReportGen.Documents;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Workbooks;

/// <summary>The cell styles of the tables workbook.</summary>
internal static class TablesWorkbookStyles
{
    public const uint Default = 0;
    public const uint Number = 1;
    public const uint Title = 2;
    public const uint LeftNote = 3;
    public const uint RightNote = 4;
    public const uint Header = 5;
    private const uint BodyText = 6; // + alignment (0 left, 1 center, 2 right) + 3 when bold
    public const uint Amount = 12;
    public const uint AmountBold = 13;
    public const uint Remark = 14;

    /// <summary>The published number format: thousands separators, 2 decimals.</summary>
    public const string AmountFormat = "#,##0.00";

    public static uint Body(CellAlignment alignment, bool bold) => BodyText + (uint)alignment + (bold ? 3u : 0u);

    public static Stylesheet Build() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = AmountFormat }) { Count = 1 },
        new Fonts(
            DataWorkbookStyles.Font(size: 10.5),
            DataWorkbookStyles.Font(bold: true, size: 10.5),
            DataWorkbookStyles.Font(bold: true, size: 16),
            DataWorkbookStyles.Font(size: 10))
        { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            DataWorkbookStyles.Solid("FFF2F2F2"))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Xf(0, 0, 0, 0, HorizontalAlignmentValues.General, false),
            Xf(0, 1, 0, 0, HorizontalAlignmentValues.Left, false),
            Xf(0, 2, 0, 0, HorizontalAlignmentValues.Center, true),
            Xf(0, 3, 0, 0, HorizontalAlignmentValues.Left, false),
            Xf(0, 3, 0, 0, HorizontalAlignmentValues.Right, false),
            Xf(0, 1, 2, 1, HorizontalAlignmentValues.Center, true),
            Xf(0, 0, 0, 1, HorizontalAlignmentValues.Left, true),
            Xf(0, 0, 0, 1, HorizontalAlignmentValues.Center, true),
            Xf(0, 0, 0, 1, HorizontalAlignmentValues.Right, true),
            Xf(0, 1, 0, 1, HorizontalAlignmentValues.Left, true),
            Xf(0, 1, 0, 1, HorizontalAlignmentValues.Center, true),
            Xf(0, 1, 0, 1, HorizontalAlignmentValues.Right, true),
            Xf(164, 0, 0, 1, HorizontalAlignmentValues.Right, false),
            Xf(164, 1, 0, 1, HorizontalAlignmentValues.Right, false),
            Xf(0, 3, 0, 0, HorizontalAlignmentValues.Left, true, top: true))
        { Count = 15 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Xf(uint numFmt, uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, bool wrap, bool top = false) => new(
        new DocumentFormat.OpenXml.Spreadsheet.Alignment { Horizontal = horizontal, Vertical = top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
    {
        NumberFormatId = numFmt, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
        ApplyNumberFormat = numFmt != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyAlignment = true,
    };
}
