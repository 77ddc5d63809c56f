using System.Globalization;
using BudgetReportGen.Documents;

namespace BudgetReportGen.Corpus.Tests;

/// <summary>
/// A table as printed, on its grid: each column's header labels from top to bottom (基本支出/人员经费), and each body row's
/// cell texts by column (a cell spanning several columns or rows stands in its first slot only).
/// </summary>
public sealed class PrintedTable
{
    public PrintedTable(Table table)
    {
        Table = table;
        var columns = table.Columns.Count;
        var headerLabels = Enumerable.Range(0, columns).Select(_ => new List<string>()).ToArray();
        foreach (var cell in TableGrid.Place(table.HeaderRows, columns).SelectMany(r => r))
            for (var c = cell.Column; c < cell.Column + cell.Cell.ColSpan; c++)
                headerLabels[c].Add(Squeeze(cell.Cell.Text));
        Headers = headerLabels;
        Rows = TableGrid.Place(table.BodyRows, columns).Select((cells, r) =>
        {
            var texts = new string?[columns];
            foreach (var cell in cells) texts[cell.Column] = cell.Cell.Text;
            return new PrintedRow(table.BodyRows[r].Kind, texts);
        }).ToList();
    }

    public Table Table { get; }
    public string Number => Table.Caption.Number;
    public IReadOnlyList<IReadOnlyList<string>> Headers { get; }
    public IReadOnlyList<PrintedRow> Rows { get; }

    /// <summary>The columns whose header (at any level) satisfies <paramref name="match"/>.</summary>
    public IReadOnlyList<int> ColumnsWhere(Func<IReadOnlyList<string>, bool> match) =>
        Enumerable.Range(0, Headers.Count).Where(c => match(Headers[c])).ToList();

    /// <summary>The first column whose lowest header is <paramref name="leaf"/> (and, when given, with <paramref name="parent"/> above it).</summary>
    public int? Column(string leaf, string? parent = null)
    {
        for (var c = 0; c < Headers.Count; c++)
            if (Headers[c].Count > 0 && Headers[c][^1] == leaf && (parent is null || Headers[c].Contains(parent))) return c;
        return null;
    }

    /// <summary>Header text without the spaces some layouts put between characters (项　目, 收 入 总 计).</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A printed amount: “3,773.89”, or blank for 0; null when the text is not an amount.</summary>
    public static decimal? Amount(string? text)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0 || text is "-" or "—") return 0;
        return decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

public sealed record PrintedRow(RowKind Kind, IReadOnlyList<string?> Cells)
{
    public string Text(int column) => Cells[column] ?? "";
}
