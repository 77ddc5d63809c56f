namespace BudgetReportGen.Documents;

/// <summary>Writes a <see cref="Document"/> in one output format. Same document in, same bytes out.</summary>
public interface IDocumentWriter
{
    /// <summary>The format's name on the command line and its file extension without the dot: "html", "docx", "pdf".</summary>
    string Format { get; }

    /// <summary>Writes the whole document to <paramref name="output"/>. Problems the user can fix (a missing font) are
    /// reported as <see cref="DocumentWriteException"/>.</summary>
    void Write(Document document, Stream output);
}

/// <summary>A problem the user can fix, with a message that says what is wrong and how to fix it (shown without a stack trace).</summary>
public sealed class DocumentWriteException(string message) : Exception(message);
