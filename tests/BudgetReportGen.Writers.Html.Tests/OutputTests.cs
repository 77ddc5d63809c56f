using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

public class OutputTests
{
    private static byte[] Write(Document document)
    {
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Same_document_gives_the_same_bytes()
    {
        Assert.Equal(Write(SampleDocuments.AllBlocks()), Write(SampleDocuments.AllBlocks()));
        Assert.Equal(Write(SampleDocuments.LongTable(50)), Write(SampleDocuments.LongTable(50)));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        var reference = Write(SampleDocuments.AllBlocks());
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE"); // decimal comma
            Assert.Equal(reference, Write(SampleDocuments.AllBlocks()));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Write_emits_utf8_without_bom_and_leaves_the_stream_open()
    {
        var document = SampleDocuments.AllBlocks();
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, stream);
        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(new HtmlWriter().Render(document), new UTF8Encoding(false, true).GetString(bytes));
        Assert.DoesNotContain("\r", new HtmlWriter().Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Date_comes_from_the_document_info_not_the_clock()
    {
        var html = new HtmlWriter().Render(SampleDocuments.AllBlocks() with { Info = SampleDocuments.Info with { Date = new DateOnly(2001, 9, 30) } });
        Assert.Contains("<meta name=\"date\" content=\"2001-09-30\"/>", html);
        Assert.DoesNotContain(DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_is_html()
    {
        IDocumentWriter writer = new HtmlWriter();
        Assert.Equal("html", writer.Format);
    }
}
