using System.Globalization;
using System.Xml;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Content;

namespace BudgetReportGen.Writers.Docx.Packaging;

/// <summary>The package-level XML: content types, relationships, core and app properties.</summary>
internal static class PackageParts
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string StylesId = "rIdStyles";
    public const string SettingsId = "rIdSettings";
    public const string FontTableId = "rIdFontTable";

    /// <param name="chartParts">The chart parts' names (e.g. /word/charts/chart1.xml); with charts, .xlsx is the embedded workbooks' type.</param>
    public static PackageWriter.Part ContentTypes(IReadOnlyList<string> chartParts) => Types(
        chartParts.Count > 0 ? [("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")] : [],
        [
            ("/word/document.xml", WordMl + "document.main+xml"),
            ("/word/styles.xml", WordMl + "styles+xml"),
            ("/word/settings.xml", WordMl + "settings+xml"),
            ("/word/fontTable.xml", WordMl + "fontTable+xml"),
            ("/word/footer1.xml", WordMl + "footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            .. chartParts.Select(chart => (chart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")),
        ]);

    /// <summary>[Content_Types].xml: rels and xml by extension plus <paramref name="defaults"/>, then the <paramref name="overrides"/>.</summary>
    public static PackageWriter.Part Types(IEnumerable<(string Extension, string ContentType)> defaults,
        IEnumerable<(string PartName, string ContentType)> overrides) => new("[Content_Types].xml", w =>
    {
        w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        foreach (var (extension, type) in defaults) Default(w, extension, type);
        foreach (var (name, type) in overrides) Override(w, name, type);
        w.WriteEndElement();
    });

    public static PackageWriter.Part PackageRelationships() => new("_rels/.rels", w =>
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, "rIdDocument", OfficeRel + "officeDocument", "word/document.xml");
        Relationship(w, "rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        Relationship(w, "rIdApp", OfficeRel + "extended-properties", "docProps/app.xml");
        w.WriteEndElement();
    });

    /// <param name="charts">The charts' relationship ids and targets (relative to word/).</param>
    public static PackageWriter.Part DocumentRelationships(string footerId, IEnumerable<(string Id, string Target)> charts) => new("word/_rels/document.xml.rels", w =>
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, StylesId, OfficeRel + "styles", "styles.xml");
        Relationship(w, SettingsId, OfficeRel + "settings", "settings.xml");
        Relationship(w, FontTableId, OfficeRel + "fontTable", "fontTable.xml");
        Relationship(w, footerId, OfficeRel + "footer", "footer1.xml");
        foreach (var (id, target) in charts) Relationship(w, id, OfficeRel + "chart", target);
        w.WriteEndElement();
    });

    /// <summary>Title, subject, author and dates from <see cref="DocumentInfo"/>; the dates are the document's date, never the clock.</summary>
    public static PackageWriter.Part CoreProperties(DocumentInfo info) => new("docProps/core.xml", w =>
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("dc", "title", dc, Runs.Clean(info.Title));
        w.WriteElementString("dc", "subject", dc, Runs.Clean(info.Subject));
        w.WriteElementString("dc", "creator", dc, Runs.Clean(info.Author));
        w.WriteElementString("cp", "lastModifiedBy", cp, Runs.Clean(info.Author));
        w.WriteElementString("dc", "language", dc, info.Language);
        var date = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement("dcterms", name, dcterms);
            w.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            w.WriteString(date);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static PackageWriter.Part AppProperties() => new("docProps/app.xml", w =>
    {
        w.WriteStartElement("Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
        w.WriteElementString("Application", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "BudgetReportGen");
        w.WriteEndElement();
    });

    /// <summary>A relationships part (e.g. word/charts/_rels/chart1.xml.rels) with one relationship of an Office type.</summary>
    public static PackageWriter.Part SingleRelationship(string path, string id, string officeType, string target) => new(path, w =>
    {
        w.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(w, id, OfficeRel + officeType, target);
        w.WriteEndElement();
    });

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string partName, string contentType)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", partName);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", RelationshipsNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
