using System.Xml.Linq;
using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Data text can never become markup, and the file never reaches outside itself.</summary>
public class SafetyTests
{
    private const string Hostile = "<script>alert(\"x\")</script>&'";

    private static Document HostileDocument()
    {
        var table = SampleDocuments.ExpenditureTable() with
        {
            Caption = new TableCaption("表3", Hostile, "部门名称：" + Hostile, "单位：万元"),
            BodyRows = [new TableRow([new(Hostile), new(Hostile + "\n第二行"), new("1"), new("1"), new("1"), new("1"), new("1")])],
            Remark = Hostile,
        };
        return new Document(
            new DocumentInfo(Hostile, Hostile, Hostile, new DateOnly(2023, 2, 10)),
            DocumentStyle.Default,
            [
                new TitlePage(Hostile, [Hostile]),
                new TableOfContents(Hostile, 2),
                new Heading(1, Hostile, "a\"onmouseover=\"x"),
                new Paragraph(Hostile),
                new ListBlock([new ListItem(Hostile, [new TextRun(Hostile, Bold: true)])]),
                new Remark(Hostile),
                new TableBlock(table),
            ]);
    }

    [Fact]
    public void Data_text_and_attribute_values_come_out_as_text()
    {
        var html = Html.Render(HostileDocument());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;", html);

        var parsed = Html.Parse(html); // well-formed: nothing broke out of its element or attribute
        Assert.Equal(Hostile, parsed.Descendants("title").Single().Value);
        Assert.Equal("a\"onmouseover=\"x", (string?)parsed.Descendants("h1").Single().Attribute("id"));
        Assert.Equal("#a\"onmouseover=\"x", (string?)parsed.Descendants("nav").Single().Descendants("a").First().Attribute("href"));
        Assert.Equal(Hostile, (string?)parsed.Descendants("meta").Single(m => (string?)m.Attribute("name") == "author").Attribute("content"));
        var cell = parsed.Descendants("td").ElementAt(1);
        Assert.Equal(Hostile + "第二行", cell.Value);
        Assert.Single(cell.Elements("br"));
        Assert.Equal(["head", "body"], parsed.Root!.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Font_names_cannot_end_the_stylesheet()
    {
        var fonts = new Dictionary<TextRole, FontSpec>(DocumentStyle.Default.Fonts)
        {
            [TextRole.Body] = new(["</style><script>x</script>", "仿宋\"; }"], 16, LatinFamily: "A\\B"),
        };
        var document = SampleDocuments.AllBlocks() with { Style = DocumentStyle.Default with { Fonts = fonts } };
        var html = Html.Render(document);
        Assert.DoesNotContain("</style><script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"\\3C /style\\3E \\3C script\\3E x\\3C /script\\3E \", \"仿宋\\22 ; }\"", html);
        Assert.Contains("\"A\\5C B\"", html);
        Assert.Single(Html.Parse(html).Descendants("style"));
    }

    [Fact]
    public void Control_characters_are_replaced()
    {
        var document = new Document(SampleDocuments.Info, DocumentStyle.Default, [new Paragraph("甲\u0000乙\u0007丙")]);
        Assert.Equal("甲\uFFFD乙\uFFFD丙", Html.RenderAndParse(document).Descendants("p").Single().Value);
    }

    [Theory]
    [InlineData("src=")]
    [InlineData("href=\"http")]
    [InlineData("href=\"//")]
    [InlineData("@import")]
    [InlineData("url(")]
    [InlineData("<script")]
    [InlineData("<link")]
    [InlineData("<img")]
    [InlineData("http://")]
    [InlineData("https://")]
    public void Output_requests_nothing_from_outside(string forbidden)
    {
        Assert.DoesNotContain(forbidden, Html.Render(SampleDocuments.AllBlocks()), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(forbidden, Html.Render(SampleDocuments.LongTable(30)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_link_points_inside_the_document()
    {
        var links = Html.RenderAndParse(SampleDocuments.AllBlocks()).Descendants().Attributes("href").Select(a => a.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("#", href));
    }
}
