namespace BudgetReportGen.Writers.Pdf;

/// <summary>Options of the PDF writer.</summary>
/// <param name="FontFolders">Extra folders searched for fonts before the user's and system's font folders (e.g. a template pack's fonts/).</param>
public sealed record PdfWriterOptions(IReadOnlyList<string> FontFolders)
{
    public static PdfWriterOptions Default { get; } = new([]);
}
