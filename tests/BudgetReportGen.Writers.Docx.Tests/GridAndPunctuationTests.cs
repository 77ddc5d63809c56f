using DocumentFormat.OpenXml.Wordprocessing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>The official page's grid in Word (22 lines of 28 characters) and the shared punctuation compression as run spacing.</summary>
public class GridAndPunctuationTests
{
    private static M.Document With(params M.Block[] blocks) =>
        new(new M.DocumentInfo("标题", "主题", "作者", new DateOnly(2023, 1, 1)), M.DocumentStyle.Default, blocks);

    [Fact]
    public void Every_section_has_a_line_grid_at_the_body_line_spacing()
    {
        using var doc = DocxFixture.Open(DocxFixture.Bytes(With(new M.Paragraph("正文。"))));
        var grids = DocxFixture.Body(doc).Descendants<SectionProperties>().Select(s => s.GetFirstChild<DocGrid>()).ToList();
        Assert.NotEmpty(grids);
        Assert.All(grids, g =>
        {
            Assert.NotNull(g);
            Assert.Equal(DocGridValues.Lines, g!.Type!.Value);
            Assert.Equal(579, g.LinePitch!.Value); // 28.95 pt: 22 lines in the 225 mm text height
        });
    }

    [Fact]
    public void Body_styles_get_the_grid_spacing_so_28_characters_fit_and_small_text_is_off_the_grid()
    {
        using var doc = DocxFixture.Open(DocxFixture.Bytes(With(new M.Paragraph("正文。"))));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var spacing = styles["BodyText"].StyleRunProperties!.GetFirstChild<Spacing>()!.Val!.Value;
        Assert.Equal(-5, spacing); // −0.25 pt: 16 pt characters advance 15.75 pt
        var textWidthPt = 156 * 72 / 25.4;
        Assert.True(28 * (16 + spacing / 20.0) <= textWidthPt && 29 * (16 + spacing / 20.0) > textWidthPt);
        Assert.Equal(-5, styles["Heading2"].StyleRunProperties!.GetFirstChild<Spacing>()!.Val!.Value);
        var table = styles["TableBody"];
        Assert.Null(table.StyleRunProperties!.GetFirstChild<Spacing>());
        Assert.False(table.StyleRunProperties!.GetFirstChild<SnapToGrid>()!.Val!.Value);
        Assert.False(table.StyleParagraphProperties!.GetFirstChild<SnapToGrid>()!.Val!.Value);
    }

    [Fact]
    public void Without_a_grid_there_is_no_doc_grid_and_no_spacing()
    {
        var document = With(new M.Paragraph("正文。")) with
        {
            Style = M.DocumentStyle.Default with { Page = M.PageSetup.A4Official with { CharsPerLine = 0 } },
        };
        using var doc = DocxFixture.Open(DocxFixture.Bytes(document));
        Assert.All(DocxFixture.Body(doc).Descendants<SectionProperties>(), s => Assert.Null(s.GetFirstChild<DocGrid>()));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Null(styles["BodyText"].StyleRunProperties!.GetFirstChild<Spacing>());
    }

    [Fact]
    public void Adjacent_marks_are_compressed_and_an_opening_bracket_at_the_start_is_not()
    {
        using var doc = DocxFixture.Open(DocxFixture.Bytes(With(
            new M.ListBlock([new M.ListItem("（一）", [new M.TextRun("单位价值3台（套），共计。")])]))));
        var paragraph = DocxFixture.Body(doc).Elements<Paragraph>().Single(p => DocxFixture.Text(p).StartsWith("（一）"));
        Assert.Equal("（一）单位价值3台（套），共计。", DocxFixture.Text(paragraph));
        var runs = paragraph.Elements<Run>().ToList();
        // The marker's bracket keeps its full width: the first run has no spacing of its own.
        Assert.Null(runs[0].RunProperties?.Spacing);
        Assert.StartsWith("（", runs[0].InnerText);
        // "），": the closing bracket before the comma gives back half an em (8 pt = 160 twips) on top of the grid's −5.
        var compressed = runs.Where(r => r.RunProperties?.Spacing is not null).ToList();
        var mark = Assert.Single(compressed);
        Assert.Equal("）", mark.InnerText);
        Assert.Equal(-165, mark.RunProperties!.Spacing!.Val!.Value);
    }
}

public class HeaderWordsDocxTests
{
    [Fact]
    public void A_long_header_breaks_between_words()
    {
        var columns = Enumerable.Range(0, 5).Select(_ => new M.TableColumn(1)).ToList();
        var table = new M.Table("t", new M.TableCaption("", "", "", ""), columns,
            [new M.TableRow([.. Enumerable.Range(0, 5).Select(_ => new M.TableCell("政府性基金预算拨款收入"))])],
            [new M.TableRow([.. Enumerable.Range(0, 5).Select(_ => new M.TableCell("1.00"))])]);
        var document = new M.Document(new M.DocumentInfo("t", "s", "a", new DateOnly(2023, 1, 1)), M.DocumentStyle.Default, [new M.TableBlock(table)]);
        using var doc = DocxFixture.Open(DocxFixture.Bytes(document));
        var firstCell = DocxFixture.Body(doc).Descendants<TableCell>().First();
        Assert.Equal(["政府性基金预算拨款", "收入"], firstCell.Elements<Paragraph>().Select(DocxFixture.Text));
    }
}
