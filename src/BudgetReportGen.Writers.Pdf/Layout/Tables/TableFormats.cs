namespace BudgetReportGen.Writers.Pdf.Layout.Tables;

/// <summary>Space between a cell's border and its text, in points.</summary>
internal readonly record struct CellPadding(double Horizontal, double Vertical);

/// <summary>
/// The text formats of a table's parts (caption, note line, header, body, remark) and the measures derived from the body font:
/// cell padding and border width scale with the body text size, so a style with larger table text gets roomier cells.
/// </summary>
internal sealed class TableFormats(TextFormats formats)
{
    /// <summary>Horizontal padding as a fraction of the body font size.</summary>
    private const double HorizontalPaddingEm = 0.35;
    /// <summary>Vertical padding as a fraction of the body font size.</summary>
    private const double VerticalPaddingEm = 0.25;
    /// <summary>Border width as a fraction of the body font size.</summary>
    private const double BorderEm = 0.06;

    public Documents.DocumentStyle Style => formats.Style;
    public TextFormat Caption => formats.For(Documents.TextRole.TableCaption);
    public TextFormat Note => formats.For(Documents.TextRole.TableNote);
    public TextFormat Header => formats.For(Documents.TextRole.TableHeader);
    public TextFormat Body(bool bold) => formats.For(Documents.TextRole.TableBody, bold);
    public TextFormat Remark => formats.For(Documents.TextRole.Remark);

    public CellPadding Padding => new(Body(false).EmSize * HorizontalPaddingEm, Body(false).EmSize * VerticalPaddingEm);
    public double BorderWidth => Body(false).EmSize * BorderEm;
}
