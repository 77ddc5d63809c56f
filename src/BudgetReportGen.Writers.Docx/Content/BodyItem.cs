using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Content;

/// <summary>
/// One top-level item of the body: a paragraph built as an Open XML SDK element, or a table written straight to the
/// XML writer (see <see cref="Wml"/>). Tables are most of document.xml, and building and serialising them as SDK
/// elements took most of the writer's time.
/// </summary>
internal sealed class BodyItem
{
    private readonly Action<XmlWriter>? write;

    private BodyItem(Paragraph? paragraph, Action<XmlWriter>? write)
    {
        Paragraph = paragraph;
        this.write = write;
    }

    /// <summary>The paragraph, or null for streamed content.</summary>
    public Paragraph? Paragraph { get; }

    public static implicit operator BodyItem(Paragraph paragraph) => new(paragraph, null);

    public static BodyItem Streamed(Action<XmlWriter> write) => new(null, write);

    public void WriteTo(XmlWriter w)
    {
        if (Paragraph is { } paragraph) paragraph.WriteTo(w);
        else write!(w);
    }
}
