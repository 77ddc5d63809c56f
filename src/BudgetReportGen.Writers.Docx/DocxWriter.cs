using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Charts;
using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Fields;
using BudgetReportGen.Writers.Docx.Packaging;
using BudgetReportGen.Writers.Docx.Sections;
using BudgetReportGen.Writers.Docx.Styles;
using System.Xml;

namespace BudgetReportGen.Writers.Docx;

/// <summary>
/// Writes a <see cref="Document"/> as a Word (.docx) file in the official layout: page and fonts from
/// <see cref="Document.Style"/>, built-in heading styles, a filled-in table of contents, page numbers in the footer
/// (none on the cover), merged table cells, landscape sections for wide tables. Same document in, same bytes out.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    public string Format => "docx";

    public void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var style = document.Style;
        var geometry = new PageGeometry(style.Page);
        var plan = SectionPlan.For(document.Blocks);
        var charts = new ChartParts(style, document.Info.Language);
        var body = new BodyWriter(document, geometry, PageEstimate.Of(document), charts).Write(plan);

        PackageWriter.Write(output,
        [
            PackageParts.ContentTypes(charts.PartNames),
            PackageParts.PackageRelationships(),
            PackageParts.CoreProperties(document.Info),
            PackageParts.AppProperties(),
            new PackageWriter.Part("word/document.xml", w => WriteMain(w, body)),
            PackageParts.DocumentRelationships(SectionFactory.FooterRelationshipId, charts.Relationships),
            .. StyleParts(style, document.Info.Language, geometry.TextWidth(PageOrientation.Portrait)),
            .. charts.Parts(),
        ]);
    }

    /// <summary>The parts that depend only on the style (styles, settings, font table, footer), written once per style,
    /// language and text width and shared by every document of a batch (the same bytes each time).</summary>
    private static IReadOnlyList<PackageWriter.Part> StyleParts(DocumentStyle style, string language, int textWidth) =>
        StylePartsCache.GetValue(style, _ => new()).GetOrAdd((language, textWidth), _ =>
        [
            PackageWriter.Part.Of("word/styles.xml", StyleSheet.Build(style, language, textWidth)).Rendered(),
            PackageWriter.Part.Of("word/settings.xml", DocumentSettings.Build(style.Font(TextRole.Body).SizePt, language)).Rendered(),
            PackageWriter.Part.Of("word/fontTable.xml", FontTable.Build(style)).Rendered(),
            PackageWriter.Part.Of("word/footer1.xml", FooterWriter.Build(style.PageNumberFormat)).Rendered(),
        ]);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentStyle,
        System.Collections.Concurrent.ConcurrentDictionary<(string Language, int TextWidth), IReadOnlyList<PackageWriter.Part>>> StylePartsCache = new();

    /// <summary>word/document.xml: the body items in order inside w:document and w:body.</summary>
    private static void WriteMain(XmlWriter w, IEnumerable<BodyItem> body)
    {
        Wml.Start(w, "document");
        w.WriteAttributeString("xmlns", "w", null, Wml.Namespace);
        w.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        Wml.Start(w, "body");
        foreach (var item in body) item.WriteTo(w);
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
