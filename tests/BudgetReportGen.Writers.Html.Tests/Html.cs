using System.Xml;
using System.Xml.Linq;
using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Renders documents and reads the output back as XML (the writer emits well-formed markup), so tests can query its structure.</summary>
internal static class Html
{
    public static string Render(Document document) => new HtmlWriter().Render(document);

    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static XDocument RenderAndParse(Document document) => Parse(Render(document));

    public static XElement ElementWithId(this XDocument html, string id) =>
        html.Descendants().Single(e => (string?)e.Attribute("id") == id);

    public static bool HasClass(this XElement element, string name) =>
        ((string?)element.Attribute("class"))?.Split(' ').Contains(name) == true;

    /// <summary>The stylesheet text.</summary>
    public static string Css(this XDocument html) => html.Descendants("style").Single().Value;
}
