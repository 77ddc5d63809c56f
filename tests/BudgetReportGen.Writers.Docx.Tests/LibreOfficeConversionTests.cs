using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>LibreOffice opens the file and prints it: the PDF text carries the sample's headings and figures.
/// Runs only where soffice is installed (CI installs it); elsewhere it says so in the test output.</summary>
public class LibreOfficeConversionTests(ITestOutputHelper output)
{
    [Fact]
    public void AllBlocksConvertsToPdfWithHeadingsAndFigures()
    {
        LibreOffice.Require();
        var dir = DocxFixture.OutputDirectory();
        var docx = Path.Combine(dir, "all-blocks.docx");
        File.WriteAllBytes(docx, DocxFixture.Bytes(SampleDocuments.AllBlocks()));
        var pages = LibreOffice.PageTexts(LibreOffice.ConvertToPdf(docx, dir));
        output.WriteLine($"{docx}: {pages.Count(p => p.Trim().Length > 0)} pages");
        var text = string.Join("\n", pages);
        foreach (var expected in new[]
                 {
                     "2023 年部门预算公开报告", "第一部分 部门概况", "一、部门职责", "（一）收入预算", "1. 细项", "第三部分 名词解释",
                     "支出预算总表", "表3", "部门名称：鞍山市示例事业服务中心", "单位：万元", "3,773.89", "2,309.43", "707.51",
                     "项目支出预算表", "464.64", "备注：此表为空表，本单位无政府性基金预算安排的支出。", "年度绩效目标", "重点工作办结率",
                 })
            Assert.Contains(expected, text);
        // The cover and the table of contents carry no page number; the body starts at page 1.
        Assert.DoesNotContain("—", pages[0]);
        Assert.DoesNotMatch(@"—\s*\d+\s*—\s*$", pages[1]);
        Assert.Matches(@"—\s*1\s*—", pages[2]);
        Assert.DoesNotContain("numbers n\never", text); // English words are not broken mid-word
    }

    [Fact]
    public void LongTableRepeatsItsHeaderOnEveryPage()
    {
        LibreOffice.Require();
        var dir = DocxFixture.OutputDirectory();
        var docx = Path.Combine(dir, "long-table.docx");
        File.WriteAllBytes(docx, DocxFixture.Bytes(SampleDocuments.LongTable(200)));
        var pages = LibreOffice.PageTexts(LibreOffice.ConvertToPdf(docx, dir)).Where(p => p.Trim().Length > 0).ToList();
        output.WriteLine($"{docx}: {pages.Count} pages");
        Assert.True(pages.Count >= 3, $"200 rows should span several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("科目编码", pages[i]);
            Assert.Contains("人员经费", pages[i]);
            Assert.Matches($@"—\s*{i + 1}\s*—", pages[i]);
        }
        Assert.Contains("第 200 行", pages[^1]);
    }
}
