using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>
/// Renders the sample documents. Always checks they render; when PDF_RENDER_DIR is set, also writes them there
/// for looking at (pdftoppm -png -r 60 all-blocks.pdf /tmp/x/p).
/// </summary>
public class RenderSamplesTests
{
    [Fact]
    public void Samples_render_and_are_written_when_asked()
    {
        var all = PdfTestSupport.AllBlocks;
        var longTable = PdfTestSupport.LongTable200;
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(all, 0, 5));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(longTable, 0, 5));
        var folder = Environment.GetEnvironmentVariable("PDF_RENDER_DIR");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "all-blocks.pdf"), all);
        File.WriteAllBytes(Path.Combine(folder, "long-table.pdf"), longTable);
        File.WriteAllBytes(Path.Combine(folder, "indicator-tall.pdf"), PdfTestSupport.Write(TestDocuments.TallRow()));
    }
}
