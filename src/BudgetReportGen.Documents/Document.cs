namespace BudgetReportGen.Documents;

/// <summary>
/// A whole document: what it is (<see cref="Info"/>), how it looks (<see cref="Style"/>) and its content.
/// Immutable and free of I/O; it knows nothing of budgets. Every writer (HTML, Word, PDF) reads only this.
/// </summary>
public sealed record Document(DocumentInfo Info, DocumentStyle Style, IReadOnlyList<Block> Blocks);

/// <summary>Document properties. <see cref="Date"/> comes from the data, never from the clock.</summary>
public sealed record DocumentInfo(string Title, string Subject, string Author, DateOnly Date, string Language = "zh-CN");
