using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Problems a template author can fix are reported as <see cref="DocumentWriteException"/> naming what and where.</summary>
public class ErrorTests
{
    private static DocumentWriteException Fails(params Block[] blocks) =>
        Assert.Throws<DocumentWriteException>(() => new HtmlWriter().Write(new Document(SampleDocuments.Info, DocumentStyle.Default, blocks), Stream.Null));

    [Fact]
    public void Row_that_does_not_fill_the_columns_names_the_table()
    {
        var table = SampleDocuments.ExpenditureTable() with { BodyRows = [new TableRow([new("208"), new("社会保障和就业支出")])] };
        var error = Fails(new TableBlock(table));
        Assert.Contains("表3（table-3）", error.Message);
        Assert.Contains("表体", error.Message);
    }

    [Fact]
    public void Duplicate_anchor_is_reported()
    {
        var error = Fails(new Heading(1, "甲", "same"), new TableBlock(SampleDocuments.ExpenditureTable() with { Anchor = "same" }));
        Assert.Contains("“same”", error.Message);
        Assert.Contains("重复", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("part 1")]
    public void Anchor_must_be_usable_as_an_id(string anchor)
    {
        Assert.Contains("锚点", Fails(new Heading(1, "甲", anchor)).Message);
    }

    [Fact]
    public void Non_positive_column_width_is_reported()
    {
        var table = SampleDocuments.EmptyTable() with { Columns = [new(15), new(0), new(15), new(15), new(15)] };
        Assert.Contains("表8（table-8）的列宽", Fails(new TableBlock(table)).Message);
    }

    [Fact]
    public void Zero_span_is_reported()
    {
        var table = SampleDocuments.EmptyTable() with { HeaderRows = [new TableRow([new("甲", ColSpan: 0), new("乙", ColSpan: 5)])] };
        Assert.Contains("ColSpan=0", Fails(new TableBlock(table)).Message);
    }

    [Fact]
    public void Style_without_a_body_font_is_reported()
    {
        var fonts = DocumentStyle.Default.Fonts.Where(f => f.Key != TextRole.Body).ToDictionary();
        var document = SampleDocuments.AllBlocks() with { Style = DocumentStyle.Default with { Fonts = fonts } };
        var error = Assert.Throws<DocumentWriteException>(() => new HtmlWriter().Render(document));
        Assert.Contains("Body", error.Message);
    }
}
