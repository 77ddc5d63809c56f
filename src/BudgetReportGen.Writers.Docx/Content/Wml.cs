using System.Xml;

namespace BudgetReportGen.Writers.Docx.Content;

/// <summary>
/// Writes WordprocessingML straight to an <see cref="XmlWriter"/>, for the parts of document.xml that are too many to
/// build as Open XML SDK elements (table cells: thousands per report). The markup is what the SDK would write for the
/// same elements, attributes in schema order.
/// </summary>
internal static class Wml
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Start(XmlWriter w, string name) => w.WriteStartElement("w", name, Namespace);

    public static void Attribute(XmlWriter w, string name, string value) => w.WriteAttributeString("w", name, Namespace, value);

    /// <summary>An element without content or attributes, e.g. &lt;w:keepNext /&gt;.</summary>
    public static void Empty(XmlWriter w, string name)
    {
        Start(w, name);
        w.WriteEndElement();
    }

    /// <summary>An element with a single w:val, e.g. &lt;w:pStyle w:val="TableBody" /&gt;.</summary>
    public static void Val(XmlWriter w, string name, string value)
    {
        Start(w, name);
        Attribute(w, "val", value);
        w.WriteEndElement();
    }

    /// <summary>A width in twips, e.g. &lt;w:tcW w:w="1416" w:type="dxa" /&gt;.</summary>
    public static void Width(XmlWriter w, string name, string twips)
    {
        Start(w, name);
        Attribute(w, "w", twips);
        Attribute(w, "type", "dxa");
        w.WriteEndElement();
    }
}
