namespace BudgetReportGen.Core.Loading;

/// <summary>What a scalar was written as: YAML plain scalars are classified like JSON values; quoted text is always a string.</summary>
internal enum ScalarKind { String, Number, Boolean, Null }

/// <summary>
/// A data file parsed but not yet interpreted: the one shape both YAML and JSON are read into, with the 1-based line and
/// column where each value starts. The binder turns it into <see cref="Model.BudgetData"/>.
/// </summary>
internal abstract record DataNode(int Line, int Column)
{
    /// <summary>The workbook sheet the value stands in (then <see cref="Line"/> is its row); null for YAML and JSON.</summary>
    public string? Sheet { get; init; }
}

/// <summary>A scalar with its text exactly as written (amounts are parsed from this text, never through double).</summary>
internal sealed record ScalarNode(string Text, ScalarKind Kind, int Line, int Column) : DataNode(Line, Column);

internal sealed record MappingEntry(string Key, int Line, int Column, DataNode Value, string? Sheet = null);

/// <summary>A mapping (JSON object) in file order; duplicate keys are kept so the binder can report them.</summary>
internal sealed record MappingNode(IReadOnlyList<MappingEntry> Entries, int Line, int Column) : DataNode(Line, Column);

internal sealed record SequenceNode(IReadOnlyList<DataNode> Items, int Line, int Column) : DataNode(Line, Column);

/// <summary>A file that cannot be parsed at all: the parser's position and its own (English) explanation.</summary>
internal sealed class SyntaxError(int line, int column, string detail) : Exception(detail)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
