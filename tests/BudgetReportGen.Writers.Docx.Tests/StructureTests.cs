using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>The official look and Word structure, read back from the package with the Open XML SDK.</summary>
public class StructureTests
{
    private static readonly byte[] AllBlocks = DocxFixture.Bytes(SampleDocuments.AllBlocks());

    private static Style StyleById(DocumentFormat.OpenXml.Packaging.WordprocessingDocument doc, string id) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == id);

    [Fact]
    public void PageSizeAndMarginsComeFromTheStyle()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var sections = DocxFixture.Body(doc).Descendants<SectionProperties>().ToList();
        var portrait = sections.First(s => s.GetFirstChild<PageSize>()!.Orient is null);
        var size = portrait.GetFirstChild<PageSize>()!;
        var margin = portrait.GetFirstChild<PageMargin>()!;
        Assert.Equal(11906u, size.Width!.Value);   // 210 mm
        Assert.Equal(16838u, size.Height!.Value);  // 297 mm
        Assert.Equal(2098, margin.Top!.Value);     // 37 mm
        Assert.Equal(1984, margin.Bottom!.Value);  // 35 mm
        Assert.Equal(1587u, margin.Left!.Value);   // 28 mm
        Assert.Equal(1474u, margin.Right!.Value);  // 26 mm

        var custom = SampleDocuments.AllBlocks() with
        {
            Style = M.DocumentStyle.Default with { Page = new M.PageSetup(148, 210, 20, 20, 15, 15) },
        };
        using var a5 = DocxFixture.Open(DocxFixture.Bytes(custom));
        var a5Size = DocxFixture.Body(a5).Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal(8391u, a5Size.Width!.Value);
    }

    [Fact]
    public void BodyStyleHasFontsIndentAndExactLineSpacing()
    {
        using var doc = DocxFixture.Open(AllBlocks);
                var body = StyleById(doc, "BodyText");
        var fonts = body.StyleRunProperties!.RunFonts!;
        Assert.Equal("仿宋_GB2312", fonts.EastAsia!.Value);
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("Times New Roman", fonts.HighAnsi!.Value);
        Assert.Equal("32", body.StyleRunProperties.FontSize!.Val!.Value); // 16 pt = 三号
        var spacing = body.StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal("579", spacing.Line!.Value); // 28.95 pt
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.Equal(200, body.StyleParagraphProperties.Indentation!.FirstLineChars!.Value);

        // Paragraphs of running text use it; the centred one without indent does not.
        var paragraphs = DocxFixture.Body(doc).Elements<Paragraph>().ToList();
        Assert.Equal("BodyText", DocxFixture.StyleId(paragraphs.First(p => DocxFixture.Text(p).StartsWith("按照综合预算"))));
        var centred = paragraphs.First(p => DocxFixture.Text(p) == "居中的一行");
        Assert.Equal("Normal", DocxFixture.StyleId(centred));
        Assert.Equal(JustificationValues.Center, centred.ParagraphProperties!.Justification!.Val!.Value);
        // Bold inline runs stay bold.
        Assert.Contains(DocxFixture.Body(doc).Descendants<Run>(), r => r.InnerText == "加粗文字" && r.RunProperties?.Bold is not null);
    }

    [Theory]
    [InlineData(1, "黑体", 0)]
    [InlineData(2, "黑体", 1)]
    [InlineData(3, "楷体_GB2312", 2)]
    [InlineData(4, "仿宋_GB2312", 3)]
    public void HeadingsUseBuiltInStylesWithOutlineLevels(int level, string font, int outline)
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var style = StyleById(doc, $"Heading{level}");
        Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
        Assert.Equal(outline, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(font, style.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.NotNull(style.StyleParagraphProperties.KeepNext);
        var heading = SampleDocuments.AllBlocks().Blocks.OfType<M.Heading>().First(h => h.Level == level);
        var paragraph = DocxFixture.Body(doc).Elements<Paragraph>().Single(p => DocxFixture.StyleId(p) == $"Heading{level}" && DocxFixture.Text(p) == heading.Text);
        Assert.Contains(paragraph.Elements<BookmarkStart>(), b => b.Name!.Value == heading.Anchor.Replace('-', '_'));
    }

    [Fact]
    public void EveryHeadingAndTableHasABookmarkWithAUniqueId()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var starts = DocxFixture.Body(doc).Descendants<BookmarkStart>().ToList();
        var anchors = SampleDocuments.AllBlocks().Blocks.Select(b => b switch
        {
            M.Heading h => h.Anchor,
            M.TableBlock t => t.Table.Anchor,
            _ => null,
        }).OfType<string>().ToList();
        Assert.Equal(anchors.Select(a => a.Replace('-', '_')), starts.Select(s => s.Name!.Value!));
        Assert.Equal(starts.Count, starts.Select(s => s.Id!.Value).Distinct().Count());
        Assert.Equal(starts.Count, DocxFixture.Body(doc).Descendants<BookmarkEnd>().Count());
    }

    [Fact]
    public void TableOfContentsIsAFilledTocFieldWithHyperlinksAndPageReferences()
    {
        var document = SampleDocuments.AllBlocks();
        using var doc = DocxFixture.Open(AllBlocks);
        var body = DocxFixture.Body(doc);
        var instructions = body.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.Contains(instructions, i => i.StartsWith("TOC \\o \"1-2\" \\h"));
        var entries = M.Toc.Collect(document, 2);
        var tocParagraphs = body.Elements<Paragraph>().Where(p => DocxFixture.StyleId(p)?.StartsWith("TOC") == true && DocxFixture.StyleId(p) != "TOCHeading").ToList();
        Assert.Equal(entries.Count, tocParagraphs.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var link = tocParagraphs[i].Elements<Hyperlink>().Single();
            Assert.Equal(entries[i].Anchor.Replace('-', '_'), link.Anchor!.Value);
            Assert.Equal($"TOC{entries[i].Level}", DocxFixture.StyleId(tocParagraphs[i]));
            Assert.StartsWith(entries[i].Text, DocxFixture.Text(tocParagraphs[i]));
            var pageRef = link.Descendants<FieldCode>().Single().Text.Trim();
            Assert.Equal($"PAGEREF {link.Anchor.Value} \\h", pageRef);
            var cached = link.Descendants<Text>().Last().Text;
            Assert.True(int.TryParse(cached, out var page) && page >= 1, $"cached page '{cached}'");
        }
        // The field opens in the first entry and closes in the last; Word is not told to update fields on open.
        Assert.Equal(FieldCharValues.Begin, tocParagraphs[0].Descendants<FieldChar>().First().FieldCharType!.Value);
        Assert.Equal(FieldCharValues.End, tocParagraphs[^1].Descendants<FieldChar>().Last().FieldCharType!.Value);
        Assert.Null(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
        // The shared line rules as Word's kinsoku lists; no compression of Word's own (the runs carry the shared one).
        var settings = doc.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.Equal(CharacterSpacingValues.DoNotCompress, settings.GetFirstChild<CharacterSpacingControl>()!.Val!.Value);
        Assert.Contains("万元", settings.GetFirstChild<NoLineBreaksBeforeKinsoku>()!.Val!.Value);
        Assert.Equal(M.LineRules.Opening, settings.GetFirstChild<NoLineBreaksAfterKinsoku>()!.Val!.Value);
        // Tables listed in the TOC carry a TC field so an update keeps them.
        Assert.Contains(instructions, i => i == "TC \"三、支出预算总表\" \\f C \\l 2");
    }

    [Fact]
    public void TocPageNumbersAreEstimatedFromTheLayout()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var pages = DocxFixture.Body(doc).Descendants<Hyperlink>()
            .ToDictionary(h => h.Anchor!.Value!, h => int.Parse(h.Descendants<Text>().Last().Text));
        // Cover and contents unnumbered; part 1 and table 3 on page 1; the landscape table alone on page 2.
        Assert.Equal(1, pages["part_1"]);
        Assert.Equal(1, pages["table_3"]);
        Assert.Equal(2, pages["table_10"]);
        Assert.Equal(3, pages["table_8"]);
        Assert.Equal(4, pages["part_3"]);
    }

    [Fact]
    public void FooterShowsThePageNumberFormAndTheCoverHasNoNumber()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var footer = doc.MainDocumentPart!.FooterParts.Single().Footer!;
        var paragraph = footer.Elements<Paragraph>().Single();
        Assert.Equal("— 1 —", DocxFixture.Text(paragraph));
        Assert.Equal("PAGE", paragraph.Descendants<FieldCode>().Single().Text.Trim());
        Assert.Equal("Footer", DocxFixture.StyleId(paragraph));

        var sections = DocxFixture.Body(doc).Descendants<SectionProperties>().ToList();
        Assert.Empty(sections[0].Elements<FooterReference>());       // cover
        Assert.Empty(sections[1].Elements<FooterReference>());       // contents: front matter, unnumbered (M.PageNumbers)
        Assert.Equal(1, sections[2].GetFirstChild<PageNumberType>()!.Start!.Value); // the body is numbered from 1
        Assert.All(sections.Skip(2), s => Assert.Single(s.Elements<FooterReference>()));
        Assert.All(sections.Skip(3), s => Assert.Null(s.GetFirstChild<PageNumberType>()));

        var custom = SampleDocuments.AllBlocks() with { Style = M.DocumentStyle.Default with { PageNumberFormat = "第 {0} 页" } };
        using var other = DocxFixture.Open(DocxFixture.Bytes(custom));
        Assert.Equal("第 1 页", DocxFixture.Text(other.MainDocumentPart!.FooterParts.Single().Footer!.Elements<Paragraph>().Single()));
    }

    [Fact]
    public void LandscapeTableSitsInALandscapeSectionAndTheDocumentReturnsToPortrait()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var body = DocxFixture.Body(doc);
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(5, sections.Count); // cover | contents | 第一部分…表3 | 表10 | 表8…end
        var orientations = sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape).ToList();
        Assert.Equal([false, false, false, true, false], orientations);
        var landscape = sections[3].GetFirstChild<PageSize>()!;
        Assert.Equal(16838u, landscape.Width!.Value);
        Assert.Equal(11906u, landscape.Height!.Value);

        // The wide table is in the landscape section and spans its text width.
        var tables = body.Elements<Table>().ToList();
        var wide = tables.Single(t => t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count() == 15);
        var sectionOfWide = wide.ElementsAfter().OfType<Paragraph>().First(p => p.ParagraphProperties?.SectionProperties is not null);
        Assert.Same(sections[3], sectionOfWide.ParagraphProperties!.SectionProperties);
        Assert.Equal(16838 - 1587 - 1474, wide.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)));

        // Two landscape tables in a row share one section.
        var twoWide = SampleDocuments.AllBlocks() with
        {
            Blocks = [new M.TableBlock(SampleDocuments.WideTable()), new M.TableBlock(SampleDocuments.WideTable() with { Anchor = "w2" }), new M.Paragraph("后文")],
        };
        using var two = DocxFixture.Open(DocxFixture.Bytes(twoWide));
        var twoSections = DocxFixture.Body(two).Descendants<SectionProperties>().ToList();
        Assert.Equal(2, twoSections.Count);
        Assert.Equal(PageOrientationValues.Landscape, twoSections[0].GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void CorePropertiesComeFromDocumentInfo()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var props = doc.PackageProperties;
        Assert.Equal("2023 年部门预算公开报告", props.Title);
        Assert.Equal("部门预算公开", props.Subject);
        Assert.Equal("示例单位", props.Creator);
        Assert.Equal(new DateTime(2023, 2, 10, 0, 0, 0, DateTimeKind.Utc), props.Created!.Value.ToUniversalTime());
        Assert.Equal(new DateTime(2023, 2, 10, 0, 0, 0, DateTimeKind.Utc), props.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void CoverIsFollowedByAPageBreakAndPageBreakBlocksBecomePageBreakBefore()
    {
        using var doc = DocxFixture.Open(AllBlocks);
        var paragraphs = DocxFixture.Body(doc).Elements<Paragraph>().ToList();
        var lastCoverLine = paragraphs.Single(p => DocxFixture.Text(p) == "（鞍山市示例综合行政执法队）");
        Assert.Equal(SectionMarkValues.NextPage, lastCoverLine.ParagraphProperties!.SectionProperties!.GetFirstChild<SectionType>()!.Val!.Value);
        Assert.Equal("Title", DocxFixture.StyleId(paragraphs[0]));
        var part3 = paragraphs.Single(p => DocxFixture.Text(p) == "第三部分 名词解释");
        Assert.NotNull(part3.ParagraphProperties!.PageBreakBefore);
    }
}

