namespace BudgetReportGen.Templates;

/// <summary>
/// A fault in a template pack (Scriban syntax, an unknown variable, a bad table spec, a missing file): generation stops and
/// the message names the pack file, line and column. Shown to the user without a stack trace.
/// </summary>
public sealed class TemplateException(string file, int line, int column, string message)
    : Exception($"{file}:{line}:{column}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = message;
}
