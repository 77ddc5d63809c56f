using System.Text.RegularExpressions;
using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>
/// The HTML follows the shared page plan (<see cref="PageEstimate"/>): a compact table carries its class, a continued table is
/// cut where the estimate breaks it into parts that the print starts on new pages under the 续表 line, and the contents list
/// the estimate's pages — and Chromium's print agrees.
/// </summary>
public class ContinuedTableMarkupTests
{
    [Fact]
    public void A_compact_table_carries_its_class_and_prints_on_one_page()
    {
        var report = OrphanRowReports.With(OrphanRowReports.FirstCompact());
        var html = Html.Render(report);
        var padding = PageEstimate.Of(report).VerticalPaddingPt(OrphanRowReports.TableOf(report));
        Assert.True(padding < TableMetrics.VerticalPaddingPt(report.Style));
        Assert.Contains($"<table id=\"table-3\" class=\"compact\" style=\"--row-pad:{padding.ToString(System.Globalization.CultureInfo.InvariantCulture)}pt\">", html);
        var pages = Print(html, "compact");
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain(pages, p => p.Contains(OrphanRowReports.Mark));
    }

    [Fact]
    public void A_continued_table_prints_each_part_on_a_new_page_under_its_mark_with_its_header()
    {
        var rows = OrphanRowReports.FirstContinued() + 20;
        var report = OrphanRowReports.With(rows);
        var breaks = PageEstimate.Of(report).Breaks(OrphanRowReports.TableOf(report));
        Assert.NotEmpty(breaks);
        var parsed = Html.Parse(Html.Render(report));
        var parts = parsed.Descendants("div").Where(d => d.HasClass("table-part")).ToList();
        Assert.Equal(breaks.Count, parts.Count);
        foreach (var part in parts)
        {
            Assert.Equal(OrphanRowReports.Mark, part.Elements("p").Single().Value);
            Assert.Single(part.Descendants("thead"));
        }
        // Every body row once.
        var bodyRows = parsed.Descendants("tbody").SelectMany(b => b.Elements("tr")).ToList();
        Assert.Equal(rows + 3, bodyRows.Count);

        var pages = Print(Html.Render(report), "continued");
        Assert.Equal(breaks.Count + 2, pages.Count);
        for (var p = 2; p < pages.Count; p++)
        {
            Assert.StartsWith(OrphanRowReports.Mark, pages[p]);
            Assert.Contains("科目编码", pages[p]); // the header rows repeated
        }
        Assert.Contains($"第{rows}行", pages[^1]);
    }

    [Fact]
    public void A_row_span_cut_by_a_page_restarts_in_each_part_so_every_row_fills_the_columns()
    {
        var report = OrphanRowReports.SpanningPages(120);
        var breaks = PageEstimate.Of(report).Breaks(OrphanRowReports.TableOf(report));
        Assert.True(breaks.Count >= 2);
        var tables = Html.Parse(Html.Render(report)).Descendants("table").ToList();
        Assert.Equal(breaks.Count + 1, tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Descendants("tbody").SelectMany(b => b.Elements("tr")).ToList();
            var first = rows[0].Elements("td").ToList();
            Assert.Equal(3, first.Count); // the spanning cell, restarted (empty after the first part)
            Assert.Equal(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), first[0].Attribute("rowspan")!.Value);
            Assert.Equal(t == 0 ? "社会保障和就业支出" : "", first[0].Value);
            Assert.All(rows.Skip(1), r => Assert.Equal(2, r.Elements("td").Count()));
        }
    }

    [Fact]
    public void The_contents_list_the_estimated_page_of_each_entry()
    {
        var report = SampleDocuments.AllBlocks();
        var estimate = PageEstimate.Of(report);
        var parsed = Html.Parse(Html.Render(report));
        var entries = parsed.Descendants("nav").Single().Descendants("a").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var anchor = entry.Attribute("href")!.Value.TrimStart('#');
            var page = entry.Elements("span").Single(s => s.HasClass("toc-page")).Value;
            Assert.Equal(estimate.Pages[anchor].ToString(System.Globalization.CultureInfo.InvariantCulture), page);
        }
    }

    /// <summary>Chromium's print of <paramref name="html"/>, page by page, white space removed, empty pages dropped.</summary>
    private static List<string> Print(string html, string name)
    {
        var dir = Directory.CreateTempSubdirectory("brg-html-print-").FullName;
        var file = Path.Combine(dir, name + ".html");
        File.WriteAllText(file, html);
        var pdf = Path.Combine(dir, name + ".pdf");
        var result = TestTools.RunTool("chromium", "chromium", TimeSpan.FromMinutes(2), "--headless", "--no-sandbox", "--disable-gpu",
            "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(dir, "profile")}", $"--print-to-pdf={pdf}", new Uri(file).AbsoluteUri);
        Assert.True(File.Exists(pdf), result.Output);
        var text = Path.ChangeExtension(pdf, ".txt");
        TestTools.Run("pdftotext", TimeSpan.FromMinutes(1), "-layout", pdf, text);
        return [.. File.ReadAllText(text).Split('\f').Select(p => Regex.Replace(p, @"\s+", "")).Where(p => p.Length > 0)];
    }
}
