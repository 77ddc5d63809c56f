using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Fields;
using BudgetReportGen.Writers.Docx.Packaging;
using BudgetReportGen.Writers.Docx.Pagination;
using BudgetReportGen.Writers.Docx.Sections;
using BudgetReportGen.Writers.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

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
        var pages = new PageEstimator(style, geometry).Estimate(plan, toc => Toc.Collect(document, toc.MaxLevel).Count);

        var main = new W.Document(new BodyWriter(document, geometry, pages).Write(plan));
        main.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        main.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

        PackageWriter.Write(output,
        [
            PackageParts.ContentTypes(),
            PackageParts.PackageRelationships(),
            PackageParts.CoreProperties(document.Info),
            PackageParts.AppProperties(),
            PackageWriter.Part.Of("word/document.xml", main),
            PackageParts.DocumentRelationships(SectionFactory.FooterRelationshipId),
            PackageWriter.Part.Of("word/styles.xml", StyleSheet.Build(style, document.Info.Language, geometry.TextWidth(PageOrientation.Portrait))),
            PackageWriter.Part.Of("word/settings.xml", DocumentSettings.Build(style.Font(TextRole.Body).SizePt, document.Info.Language)),
            PackageWriter.Part.Of("word/fontTable.xml", FontTable.Build(style)),
            PackageWriter.Part.Of("word/footer1.xml", FooterWriter.Build(style.PageNumberFormat)),
        ]);
    }
}
