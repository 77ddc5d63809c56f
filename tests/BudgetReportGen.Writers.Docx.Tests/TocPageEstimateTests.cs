using System.Text.RegularExpressions;
using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>The TOC's cached page numbers against the pages LibreOffice actually prints the headings on.</summary>
public partial class TocPageEstimateTests(ITestOutputHelper output)
{
    /// <summary>A longer report: 12 sections with paragraphs of varying length and tables between them.</summary>
    internal static M.Document LongReport()
    {
        var blocks = new List<M.Block> { new M.TitlePage("2023 年部门预算公开报告", ["鞍山市示例事业服务中心"]), new M.TableOfContents("目  录", 2), new M.PageBreak() };
        var sentence = "按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理，2023 年收支总预算 3773.89 万元。";
        for (var part = 1; part <= 12; part++)
        {
            blocks.Add(new M.Heading(1, $"第{part}部分 测试章节", $"p{part}"));
            for (var sec = 1; sec <= 3; sec++)
            {
                blocks.Add(new M.Heading(2, $"{part}.{sec} 小节标题", $"p{part}-{sec}"));
                for (var k = 0; k < (part + sec) % 4 + 1; k++)
                    blocks.Add(new M.Paragraph(string.Concat(Enumerable.Repeat(sentence, (part * sec + k) % 5 + 1))));
            }
            if (part % 3 == 0)
                blocks.Add(new M.TableBlock(SampleDocuments.ExpenditureTable(part * 2) with { Anchor = $"t{part}", TocLabel = null }));
        }
        return new M.Document(SampleDocuments.Info, M.DocumentStyle.Default, blocks);
    }

    /// <summary>The longer report with a chart under every part heading (the four kinds in turn).</summary>
    internal static M.Document ChartReport()
    {
        var report = LongReport();
        var charts = ChartSamples.All();
        var blocks = new List<M.Block>();
        var n = 0;
        foreach (var block in report.Blocks)
        {
            blocks.Add(block);
            if (block is M.Heading { Level: 1 }) blocks.Add(new M.ChartBlock(charts[n++ % charts.Count]));
        }
        return report with { Blocks = blocks };
    }

    [Fact]
    public void CachedTocPagesMatchLibreOfficeLayout()
    {
        LibreOffice.Require();
        foreach (var (name, document) in new[] { ("all-blocks-toc", SampleDocuments.AllBlocks()), ("long-report", LongReport()), ("chart-report", ChartReport()) })
        {
            var bytes = DocxFixture.Bytes(document);
            var dir = DocxFixture.OutputDirectory();
            var docx = Path.Combine(dir, name + ".docx");
            File.WriteAllBytes(docx, bytes);
            var pages = LibreOffice.PageTexts(LibreOffice.ConvertToPdf(docx, dir)).Select(p => Regex.Replace(p, @"\s+", "")).ToList();

            using var doc = DocxFixture.Open(bytes);
            var cached = DocxFixture.Body(doc).Descendants<Hyperlink>()
                .Select(h => (Text: Regex.Replace(h.Descendants<Text>().First().Text, @"\s+", ""), Page: int.Parse(h.Descendants<Text>().Last().Text)))
                .ToList();
            var headings = document.Blocks.OfType<M.Heading>().Where(h => h.Level <= 2).Select(h => Regex.Replace(h.Text, @"\s+", "")).ToHashSet();
            int exact = 0, checkedCount = 0, worst = 0;
            foreach (var (text, page) in cached.Where(c => headings.Contains(c.Text)))
            {
                var index = pages.FindIndex(2, p => p.Contains(text) && !p.Contains("......")); // not the cover or contents pages
                Assert.True(index >= 0, $"{name}: heading {text} not found in the PDF");
                var printed = int.Parse(PageNumber().Match(pages[index]).Groups[1].Value);
                checkedCount++;
                if (printed == page) exact++;
                worst = Math.Max(worst, Math.Abs(printed - page));
                if (printed != page) output.WriteLine($"{name}: {text} estimated {page}, LibreOffice {printed}");
            }
            output.WriteLine($"{name}: {exact}/{checkedCount} TOC page numbers exact, worst off by {worst}");
            Assert.True(checkedCount > 0);
            Assert.True(worst <= 1, $"{name}: a TOC page number is off by {worst} pages");
            Assert.True(exact * 10 >= checkedCount * 9, $"{name}: only {exact}/{checkedCount} TOC page numbers exact");
        }
    }

    [GeneratedRegex(@"—(\d+)—")]
    private static partial Regex PageNumber();
}
