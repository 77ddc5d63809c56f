using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetReportGen.Core.Workbooks;

/// <summary>The cell styles of the data-entry workbook (indexes into its one stylesheet).</summary>
internal static class DataWorkbookStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint HeaderComputed = 2;
    public const uint TextInput = 3;
    public const uint AmountInput = 4;
    public const uint IntegerInput = 5;
    public const uint ComputedAmount = 6;
    public const uint ComputedText = 7;
    public const uint Label = 8;
    public const uint Help = 9;
    public const uint Title = 10;

    /// <summary>Amounts show 2 to 6 decimals (an amount in 万元 may be exact to the fen).</summary>
    public const string AmountFormat = "#,##0.00####";

    public static Stylesheet Build() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = AmountFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = AmountFormat + ";-" + AmountFormat + ";" })
        { Count = 2 },
        new Fonts(
            Font(),
            Font(bold: true),
            Font(italic: true, colour: "FF595959"),
            Font(colour: "FF7F7F7F"),
            Font(bold: true, size: 14))
        { Count = 5 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"),
            Solid("FFE7E6E6"),
            Solid("FFF2F2F2"))
        { Count = 5 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
                new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
                new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
                new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Xf(0, 0, 0, 0),
            Xf(0, 1, 2, 1, wrap: true, center: true),
            Xf(0, 1, 3, 1, wrap: true, center: true),
            Xf(49, 0, 0, 0),
            Xf(164, 0, 0, 0),
            Xf(1, 0, 0, 0),
            Xf(165, 2, 3, 1),
            Xf(0, 2, 3, 1),
            Xf(0, 1, 4, 1),
            Xf(0, 3, 0, 0, wrap: true),
            Xf(0, 4, 0, 0))
        { Count = 11 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    internal static Font Font(bool bold = false, bool italic = false, string? colour = null, double size = 11)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        font.Append(new FontSize { Val = size });
        if (colour is not null) font.Append(new Color { Rgb = colour });
        font.Append(new FontName { Val = "宋体" });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    internal static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Xf(uint numFmt, uint font, uint fill, uint border, bool wrap = false, bool center = false)
    {
        var xf = new CellFormat
        {
            NumberFormatId = numFmt, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyNumberFormat = numFmt != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0,
        };
        if (wrap || center)
        {
            xf.ApplyAlignment = true;
            xf.Append(new Alignment
            {
                WrapText = wrap ? true : null,
                Vertical = center ? VerticalAlignmentValues.Center : null,
                Horizontal = center ? HorizontalAlignmentValues.Center : null,
            });
        }
        return xf;
    }
}
