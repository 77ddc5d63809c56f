namespace BudgetReportGen.Writers.Pdf.Layout.Tables;

/// <summary>Space between a cell's border and its text, in points.</summary>
internal readonly record struct CellPadding(double Horizontal, double Vertical);

/// <summary>
/// The text formats of a table's parts (caption, note line, header, body, remark) and the shared measures of its cells
/// (<see cref="Documents.TableMetrics"/>: padding and rules scale with the body text size; the vertical padding is the page
/// estimate's for the table, less when it is compact).
/// </summary>
internal sealed class TableFormats(TextFormats formats, double verticalPaddingPt)
{
    public Documents.DocumentStyle Style => formats.Style;
    public TextFormat Caption => formats.For(Documents.TextRole.TableCaption);
    public TextFormat Note => formats.For(Documents.TextRole.TableNote);
    public TextFormat Header => formats.For(Documents.TextRole.TableHeader);
    public TextFormat Body(bool bold) => formats.For(Documents.TextRole.TableBody, bold);
    public TextFormat Remark => formats.For(Documents.TextRole.Remark);

    public CellPadding Padding => new(Documents.TableMetrics.HorizontalPaddingPt(Style), verticalPaddingPt);
    public double BorderWidth => Documents.TableMetrics.BorderPt(Style);
}
