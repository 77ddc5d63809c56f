using System.Text.RegularExpressions;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>The real sample (data/examples/anshan-social-insurance-2023.yaml through templates/liaoning-2023), written
/// as Word: valid Open XML, wide tables on landscape pages, and (where LibreOffice is installed) a TOC whose cached page
/// numbers are the pages LibreOffice prints the entries on.</summary>
public partial class RealSampleTests(ITestOutputHelper output)
{
    private static readonly Lazy<(M.Document Document, byte[] Bytes)> Sample = new(() =>
    {
        var (validation, document) = ReportGenerator.Load(RepoFiles.PathOf("templates/liaoning-2023"))
            .Render(RepoFiles.SampleYaml, new CheckOptions());
        Assert.True(document is not null, string.Join("\n", validation.Diagnostics.Select(d => d.Message)));
        return (document, DocxFixture.Bytes(document));
    });

    [Fact]
    public void OpenXmlValidatorReportsNoErrors()
    {
        using var doc = DocxFixture.Open(Sample.Value.Bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [InlineData("表2", true)]
    [InlineData("表10", true)]
    [InlineData("表14", true)]
    [InlineData("表15", true)]
    [InlineData("表16", true)]
    [InlineData("表1", false)]
    [InlineData("表17", false)]
    public void WideTablesAreOnLandscapePages(string number, bool landscape)
    {
        using var doc = DocxFixture.Open(Sample.Value.Bytes);
        var body = DocxFixture.Body(doc);
        var caption = body.Elements<Paragraph>().First(p => DocxFixture.Text(p) == number);
        // A paragraph's section is the first sectPr at or after it (in a paragraph's properties, or the body's last one).
        var section = caption.ElementsAfter().Prepend(caption).OfType<Paragraph>()
            .Select(p => p.ParagraphProperties?.SectionProperties).FirstOrDefault(s => s is not null)
            ?? body.Elements<SectionProperties>().Last();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(landscape, size.Orient?.Value == PageOrientationValues.Landscape);
        Assert.Equal(landscape, size.Width!.Value > size.Height!.Value);
    }

    [Fact]
    public void LeftAlignedHeadingsAreIndentedLikeBodyText()
    {
        using var doc = DocxFixture.Open(Sample.Value.Bytes);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.Indentation!.FirstLineChars!.Value); // centred
        for (var level = 2; level <= 4; level++)
            Assert.Equal(200, styles[$"Heading{level}"].StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
    }

    [Fact]
    public void ProjectTitleRowsOfTable18KeepWithTheProjectsRows()
    {
        using var doc = DocxFixture.Open(Sample.Value.Bytes);
        var titleRows = DocxFixture.Body(doc).Descendants<TableRow>()
            .Where(r => r.Elements<TableCell>().Any(c => c.InnerText == "项目（政策）名称")).ToList();
        Assert.Equal(4, titleRows.Count);
        static bool KeepsWithNext(TableRow row) =>
            row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);
        foreach (var row in titleRows)
        {
            Assert.True(KeepsWithNext(row), "a 项目（政策）名称 row must keep with the next row");
            Assert.True(KeepsWithNext(row.ElementsAfter().OfType<TableRow>().First()), "the 主管部门 row must keep with the next row");
        }
    }

    [Fact]
    public void TocPagesAreThePagesLibreOfficePrintsAndNoPageIsBlank()
    {
        LibreOffice.Require();
        var dir = DocxFixture.OutputDirectory();
        var docx = Path.Combine(dir, "real-sample.docx");
        File.WriteAllBytes(docx, Sample.Value.Bytes);
        var pages = LibreOffice.PageTexts(LibreOffice.ConvertToPdf(docx, dir))
            .Select(p => Regex.Replace(p, @"\s+", "")).ToList();
        if (pages[^1].Length == 0) pages.RemoveAt(pages.Count - 1); // pdftotext ends with a form feed
        output.WriteLine($"{docx}: {pages.Count} pages");

        for (var i = 0; i < pages.Count; i++)
            Assert.True(PageNumber().Replace(pages[i], "").Length > 0, $"page {i + 1} of the PDF is blank");

        // The converted text carries the sample's figures.
        var all = string.Concat(pages.Select(p => PageNumber().Replace(p, "")));
        string[] figures =
        [
            "2023年收支总预算3773.89万元", "比上年增加31.18万元，增长0.83%", "人员经费2789.98万元", "公用经费276.40万元",
            "比2022年预算减少21.39万元，下降7.18%", "“三公”经费预算数9万元，比2022年预算数增加0.5万元，增长5.88%",
            "合计3,773.893,066.382,789.98276.40707.51", "社会保障和就业支出3,323.72", "住房保障支出336.12",
        ];
        Assert.All(figures, f => Assert.Contains(f, all));

        using var doc = DocxFixture.Open(Sample.Value.Bytes);
        var entries = DocxFixture.Body(doc).Descendants<Hyperlink>()
            .Select(h => (Text: Regex.Replace(h.Descendants<Text>().First().Text, @"\s+", ""), Page: int.Parse(h.Descendants<Text>().Last().Text)))
            .ToList();
        Assert.Equal(31, entries.Count);
        var from = pages.FindLastIndex(p => p.Contains("......")) + 1; // after the contents pages
        var wrong = new List<string>();
        foreach (var (text, page) in entries)
        {
            var key = Regex.Replace(text, "^[一二三四五六七八九十]+、", ""); // table captions print the title without the TOC's 一、
            var index = pages.FindIndex(from, p => p.Contains(key));
            Assert.True(index >= 0, $"TOC entry {text} not found in the PDF after page {from}");
            var printed = int.Parse(PageNumber().Match(pages[index]).Groups[1].Value);
            if (printed != page) wrong.Add($"{text}: TOC {page}, printed on {printed}");
            from = index;
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [GeneratedRegex(@"—(\d+)—")]
    private static partial Regex PageNumber();
}

public class DocumentPropertiesCleaningTests
{
    [Fact]
    public void Control_characters_in_the_title_and_author_do_not_break_the_package()
    {
        var document = BudgetReportGen.Tests.Shared.SampleDocuments.AllBlocks() with
        {
            Info = new M.DocumentInfo("标题\u0007报告", "主题\u0001", "作者\u001b单位", new DateOnly(2023, 2, 10)),
        };
        var bytes = DocxFixture.Bytes(document);
        using var doc = DocxFixture.Open(bytes);
        Assert.Equal("标题报告", doc.PackageProperties.Title);
        Assert.Equal("作者单位", doc.PackageProperties.Creator);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
    }
}
