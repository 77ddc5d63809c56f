using BudgetReportGen.Core.Model;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Scripting;

namespace BudgetReportGen.Templates.Tables;

/// <summary>
/// One table of a pack, as declared in its YAML spec: number, title, caption notes, the column tree (from which the merged
/// header cells are derived), the row specs that produce the body, and what to print when the table is empty.
/// </summary>
internal sealed record TableSpec(
    string File,
    int Number,
    TextTemplate Title,
    TextTemplate TocLabel,
    TextTemplate CaptionNumber,
    AmountUnit? Unit,
    PageOrientation Orientation,
    TextTemplate LeftNote,
    TextTemplate RightNote,
    IReadOnlyList<ColumnSpec> Columns,
    bool ShowHeader,
    IReadOnlyList<RowSpec> Rows,
    Expression? EmptyIf,
    TextTemplate EmptyRemark,
    string EmptyReason,
    TextTemplate? Continued = null,
    bool NumberBelowTitle = false)
{
    /// <summary>The leaf columns, left to right: one per grid column.</summary>
    public IReadOnlyList<ColumnSpec> Leaves { get; } = Columns.SelectMany(c => c.Leaves()).ToList();
}

/// <summary>How a cell value is printed.</summary>
internal enum CellFormat { Text, Amount, AmountWithZero }

/// <summary>A node of the column tree: a leaf has a width and a default value; a group has children and spans them in the header.</summary>
internal sealed record ColumnSpec(
    string Header,
    double Width,
    CellAlignment Alignment,
    CellFormat Format,
    Expression? Value,
    IReadOnlyList<ColumnSpec> Children)
{
    public bool IsLeaf => Children.Count == 0;

    public IEnumerable<ColumnSpec> Leaves() => IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());

    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);
}

/// <summary>A cell of a row spec: a literal text or an expression, with an optional format, span, alignment and weight.</summary>
internal sealed record CellSpec(
    string? Text,
    Expression? Value,
    CellFormat? Format,
    int ColSpan,
    int RowSpan,
    CellAlignment? Alignment,
    bool Bold);

/// <summary>
/// A piece of the table body:
/// <list type="bullet">
/// <item>fixed cells (<see cref="Each"/> null): one row;</item>
/// <item><see cref="Each"/> with <see cref="Cells"/> or the columns' default values: one row per item, the item bound as <c>row</c>;</item>
/// <item><see cref="Each"/> with nested <see cref="Rows"/>: the nested rows repeated per item, the item bound as <see cref="As"/>;</item>
/// <item><see cref="Zip"/>: lists placed side by side (e.g. income on the left, expenditure on the right); row i joins the i-th row
/// of each side, a side that runs out is padded with blank cells of its width.</item>
/// </list>
/// <see cref="Label"/> prepends a cell that spans every row the spec produces (a merged left column);
/// <see cref="MergeDown"/> lists leading columns whose equal consecutive values merge into one cell spanning rows.
/// <see cref="Level"/> (optional) gives each row its level in the table's sum hierarchy (<see cref="TableRow.Level"/>).
/// </summary>
internal sealed record RowSpec(
    Expression? Each,
    string As,
    IReadOnlyList<CellSpec>? Cells,
    IReadOnlyList<RowSpec> Rows,
    Expression? When,
    RowKind Kind,
    Expression? KindExpression,
    string? Label,
    int MergeDown,
    bool IsData,
    IReadOnlyList<ZipSide> Zip,
    Expression? Level = null);

/// <summary>One side of a <see cref="RowSpec.Zip"/>: its width in columns and the row specs that fill it.</summary>
internal sealed record ZipSide(int Width, IReadOnlyList<RowSpec> Rows);
