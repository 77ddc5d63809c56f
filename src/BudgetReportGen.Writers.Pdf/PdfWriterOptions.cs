using BudgetReportGen.Writers.Pdf.Fonts;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>Options of the PDF writer.</summary>
/// <param name="FontFolders">Extra folders searched for fonts before the user's and system's font folders (e.g. a template pack's fonts/).</param>
/// <param name="MissingCharacters">What to do with a character no font of the document has: stop (the default) or warn and write.</param>
/// <param name="Warn">Receives each warning (with <see cref="MissingCharacterPolicy.Warning"/>).</param>
public sealed record PdfWriterOptions(IReadOnlyList<string> FontFolders,
    MissingCharacterPolicy MissingCharacters = MissingCharacterPolicy.Error, Action<string>? Warn = null)
{
    public static PdfWriterOptions Default { get; } = new([]);
}
