using System.Globalization;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Packaging;

namespace BudgetReportGen.Writers.Docx.Charts;

/// <summary>
/// The charts of a document, numbered in the order the body meets them: chart N is word/charts/chartN.xml (relationship
/// rIdChartN from the document), its workbook word/embeddings/chartN.xlsx, and its drawing's wp:docPr id is N (charts are
/// the only drawings, so the ids are unique). Fixed names, so the package is the same bytes every time.
/// </summary>
internal sealed class ChartParts(DocumentStyle style, string language)
{
    private const string WorkbookId = "rId1";
    private readonly List<(Chart Chart, ChartDrawing Drawing)> charts = [];

    /// <summary>Registers a chart with its shared layout (which checked and sized it); its number (from 1) and the document's
    /// relationship id for it.</summary>
    public (int Number, string RelationshipId) Add(Chart chart, ChartDrawing drawing)
    {
        charts.Add((chart, drawing));
        return (charts.Count, RelationshipId(charts.Count));
    }

    /// <summary>The part names for [Content_Types].xml.</summary>
    public IReadOnlyList<string> PartNames => Numbers.Select(n => "/word/" + Target(n)).ToList();

    /// <summary>The document's relationships to the chart parts.</summary>
    public IEnumerable<(string Id, string Target)> Relationships => Numbers.Select(n => (RelationshipId(n), Target(n)));

    /// <summary>Each chart part, its relationships and its embedded workbook.</summary>
    public IEnumerable<PackageWriter.Part> Parts()
    {
        var font = style.Font(TextRole.TableBody);
        foreach (var n in Numbers)
        {
            var (given, drawing) = charts[n - 1];
            var chart = ChartXml.AsShown(given);
            var name = Name(n);
            // A stacked segment is labelled inside only where the shared layout finds room, as HTML and PDF draw it.
            var inside = drawing.Shapes.OfType<ChartText>().Where(t => t.OnFill).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            yield return PackageWriter.Part.Of("word/" + Target(n), ChartXml.Build(chart, style.ChartColours, font, language, WorkbookId, inside));
            yield return PackageParts.SingleRelationship($"word/charts/_rels/{name}.xml.rels", WorkbookId, "package", $"../embeddings/{name}.xlsx");
            yield return PackageWriter.Part.Binary($"word/embeddings/{name}.xlsx", ChartWorkbook.Bytes(chart));
        }
    }

    private IEnumerable<int> Numbers => Enumerable.Range(1, charts.Count);

    private static string Name(int n) => "chart" + n.ToString(CultureInfo.InvariantCulture);

    private static string Target(int n) => $"charts/{Name(n)}.xml";

    private static string RelationshipId(int n) => "rIdChart" + n.ToString(CultureInfo.InvariantCulture);
}
