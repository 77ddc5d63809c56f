using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

public class TableMarkupTests
{
    private static readonly System.Xml.Linq.XDocument Sample = Html.RenderAndParse(SampleDocuments.AllBlocks());

    [Fact]
    public void Merged_header_table_has_caption_thead_scopes_and_spans()
    {
        var table = Sample.ElementWithId("table-3");
        Assert.Equal("table", table.Name.LocalName);

        var caption = table.Element("caption")!;
        Assert.Equal("表3", caption.Elements().Single(e => e.HasClass("table-number")).Value);
        Assert.Equal("支出预算总表", caption.Elements().Single(e => e.HasClass("table-title")).Value);
        var notes = caption.Elements().Single(e => e.HasClass("table-notes")).Elements().ToList();
        Assert.Equal(["部门名称：鞍山市示例事业服务中心", "单位：万元"], notes.Select(n => n.Value));
        Assert.True(notes[0].HasClass("note-left"));
        Assert.True(notes[1].HasClass("note-right"));

        var headerRows = table.Element("thead")!.Elements("tr").ToList();
        Assert.Equal(2, headerRows.Count);
        var th = headerRows.SelectMany(r => r.Elements()).ToList();
        Assert.All(th, cell => Assert.Equal("th", cell.Name.LocalName));
        Assert.Equal(8, th.Count);
        Assert.Equal(7, th.Count(c => (string?)c.Attribute("scope") == "col"));
        var group = Assert.Single(th, c => (string?)c.Attribute("scope") == "colgroup");
        Assert.Equal("基本支出", group.Value);
        Assert.Equal("3", (string?)group.Attribute("colspan"));
        Assert.Equal(4, th.Count(c => (string?)c.Attribute("rowspan") == "2"));
        Assert.Equal(1, th.Count(c => c.Attribute("colspan") is not null));

        var bodyRows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(3, bodyRows.Count);
        Assert.All(bodyRows, r => Assert.Equal(7, r.Elements("td").Count()));
        Assert.True(bodyRows[0].HasClass("total"));
        Assert.True(bodyRows[1].HasClass("subtotal"));
    }

    [Fact]
    public void Column_widths_are_percentages_of_the_fitted_widths()
    {
        var cols = Sample.ElementWithId("table-3").Element("colgroup")!.Elements("col").ToList();
        Assert.Equal(7, cols.Count);
        var widths = cols.Select(c => double.Parse(((string)c.Attribute("style")!)["width:".Length..^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(100, widths.Sum(), 0.01);
        // The widths fitted to the content (ColumnFit), which the PDF and Word writers use too.
        var fitted = ColumnFit.Fractions(SampleDocuments.ExpenditureTable(), DocumentStyle.Default);
        for (var i = 0; i < 7; i++) Assert.Equal(fitted[i] * 100, widths[i], 0.001);
    }

    [Fact]
    public void Cells_take_the_column_alignment_unless_they_override_it()
    {
        var total = Sample.ElementWithId("table-3").Element("tbody")!.Elements("tr").First().Elements("td").ToList();
        Assert.True(total[1].HasClass("c"));               // 合计: the cell's own Center
        Assert.True(total[2].HasClass("r"));               // amount column: Right
        Assert.Null(total[0].Attribute("class"));          // Left is td's default
        var css = Sample.Css();
        Assert.Contains(".r{text-align:right}", css);
        Assert.Contains("font-variant-numeric:tabular-nums", css);
        Assert.Contains("tr.total>td", css);
        Assert.Contains("tr.subtotal>td", css);
    }

    [Fact]
    public void Body_cells_span_rows_and_line_breaks_become_br()
    {
        var indicator = Sample.ElementWithId("table-17");
        var cells = indicator.Element("tbody")!.Descendants("td").ToList();
        Assert.Equal("3", (string?)cells.Single(c => c.Value == "履职效能").Attribute("rowspan"));
        var goal = cells.Single(c => c.Value.StartsWith("1、贯彻", StringComparison.Ordinal));
        Assert.Equal("5", (string?)goal.Attribute("colspan"));
        Assert.Single(goal.Elements("br"));
        Assert.Null(goal.Attribute("class")); // Left, td's default
        Assert.All(cells.Where(c => c.Value == "="), c => Assert.True(c.HasClass("c"), "operator column is centred"));
    }

    [Fact]
    public void Landscape_table_sits_in_a_wrapper_on_the_landscape_page()
    {
        var wrapper = Sample.ElementWithId("table-10").Ancestors("div").First(d => d.HasClass("table-block"));
        Assert.True(wrapper.HasClass("landscape"));
        Assert.False(Sample.ElementWithId("table-3").Ancestors("div").First(d => d.HasClass("table-block")).HasClass("landscape"));
        var css = Sample.Css();
        Assert.Contains("@page landscape{size:297mm 210mm}", css);
        Assert.Contains(".landscape{page:landscape}", css);
    }

    [Fact]
    public void Every_table_scrolls_sideways_on_screen_inside_its_wrapper()
    {
        foreach (var id in new[] { "table-3", "table-10", "table-8", "table-17" })
            Assert.True(Sample.ElementWithId(id).Parent!.HasClass("table-scroll"), id);
        Assert.Contains(".table-scroll{overflow-x:auto}", Sample.Css());
    }

    [Fact]
    public void Empty_table_has_its_header_and_the_remark_below_it()
    {
        var table = Sample.ElementWithId("table-8");
        Assert.Equal(2, table.Element("thead")!.Elements("tr").Count());
        Assert.Null(table.Element("tbody"));
        var remark = table.Parent!.ElementsAfterSelf().Single();
        Assert.Equal("p", remark.Name.LocalName);
        Assert.True(remark.HasClass("remark"));
        Assert.Equal("备注：此表为空表，本单位无政府性基金预算安排的支出。", remark.Value);
    }

    [Fact]
    public void Caption_without_a_left_note_prints_only_the_unit()
    {
        var notes = Sample.ElementWithId("table-17").Element("caption")!.Elements().Single(e => e.HasClass("table-notes"));
        var unit = Assert.Single(notes.Elements());
        Assert.Equal("单位：万元", unit.Value);
        Assert.True(unit.HasClass("note-right"));
    }

    [Fact]
    public void Long_table_repeats_its_header_and_keeps_rows_whole_when_printed()
    {
        var html = Html.RenderAndParse(SampleDocuments.LongTable(200));
        Assert.Equal(203, html.ElementWithId("table-3").Element("tbody")!.Elements("tr").Count());
        var css = html.Css();
        Assert.Contains("thead{display:table-header-group}", css);
        Assert.Contains("tr{break-inside:avoid", css);
    }

    [Fact]
    public void Section_rows_start_row_groups_that_are_kept_on_one_printed_page()
    {
        TableRow Project(string name) => new([new("项目名称"), new(name)], RowKind.Section);
        var table = new Table(
            "table-18",
            new TableCaption("表18", "部门预算项目（政策）绩效目标表", "", "单位：万元"),
            [new(20), new(80)],
            [],
            [
                Project("办公用房物业费"),
                new([new("预算资金", RowSpan: 2), new("5.50")]),
                new([new("5.50")]),
                Project("厂办职工安置费"),
                new([new("总体目标", RowSpan: 2), new("保障退休人员待遇。")]),
                new([new("跨组合并的一行")], RowKind.Section), // the row span from above reaches it: no group starts here
                new([new("绩效指标"), new("……")]),
                Project("其他民政管理事务支出"),
            ]);
        var document = SampleDocuments.AllBlocks() with { Blocks = [new TableBlock(table)] };
        var groups = Html.RenderAndParse(document).ElementWithId("table-18").Elements("tbody").ToList();
        Assert.Equal([3, 4, 1], groups.Select(g => g.Elements("tr").Count()));
        Assert.All(groups, g => Assert.True(g.HasClass("group")));
        Assert.Equal(["办公用房物业费", "厂办职工安置费", "其他民政管理事务支出"], groups.Select(g => g.Elements("tr").First().Elements("td").Last().Value));
        Assert.Contains("tbody.group{break-inside:avoid", Html.Parse(Html.Render(document)).Css());
    }

    [Fact]
    public void Table_without_section_rows_has_one_plain_body()
    {
        var body = Assert.Single(Sample.ElementWithId("table-17").Elements("tbody"));
        Assert.Null(body.Attribute("class"));
    }
}
