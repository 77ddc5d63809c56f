using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// Page numbers agree across formats (Documents.PageNumbers, TocFit, the shared block rule): the cover and the contents are
/// unnumbered, the body starts at 1, and the contents of the PDF and the Word file list the same page for every entry; the
/// browser's print of the HTML (Chromium, CSS paged media) numbers the same pages and starts each part and section on the
/// same page as the PDF.
/// </summary>
public class PageNumberingTests
{
    [Theory]
    [InlineData("data/examples/anshan-social-insurance-2023.yaml")]
    [InlineData("data/examples/shanghai-putuo-government-office-2025.yaml")]
    public void Pdf_and_word_contents_list_the_same_pages_and_the_body_starts_at_page_1(string sample)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-pages-").FullName;
        var output = new StringWriter();
        Assert.Equal(0, Program.Run(["generate", RepoFiles.PathOf(sample), "--out", folder, "--format", "docx,pdf"], output));
        var pdfPath = Directory.GetFiles(folder, "*.pdf").Single();
        var docxPath = Directory.GetFiles(folder, "*.docx").Single();

        List<string> pages;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdfPath))
            pages = [.. document.GetPages().Select(p => Regex.Replace(p.Text, @"\s+", ""))];
        var footer = new Regex("—(\\d+)—$");
        Assert.False(footer.IsMatch(pages[0]), "the cover has no number");
        Assert.False(footer.IsMatch(pages[1]), "the contents have no number");
        Assert.Equal("1", footer.Match(pages[2]).Groups[1].Value);

        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        List<(string Text, string Page)> entries;
        using (var zip = ZipFile.OpenRead(docxPath))
        using (var stream = zip.GetEntry("word/document.xml")!.Open())
            entries = [.. XDocument.Load(stream).Descendants(w + "hyperlink").Select(h =>
            {
                var texts = h.Descendants(w + "t").Select(t => t.Value).ToList();
                return (Regex.Replace(string.Concat(texts.SkipLast(1)), @"\s+", ""), texts[^1]);
            })];
        Assert.True(entries.Count > 10);
        // Every entry of the Word contents, with Word's page number, is on the one PDF contents page with the same number.
        for (var i = 0; i < entries.Count; i++)
        {
            var next = i + 1 < entries.Count ? Regex.Escape(entries[i + 1].Text[..Math.Min(3, entries[i + 1].Text.Length)]) : "$";
            Assert.Matches(new Regex(Regex.Escape(entries[i].Text) + "．+" + entries[i].Page + next), pages[1]);
        }
    }

    [Theory]
    [InlineData("data/examples/anshan-social-insurance-2023.yaml")]
    [InlineData("data/examples/shanghai-putuo-government-office-2025.yaml")]
    public void The_browsers_print_of_the_html_numbers_the_same_pages_as_the_pdf(string sample)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-print-").FullName;
        Assert.Equal(0, Program.Run(["generate", RepoFiles.PathOf(sample), "--out", folder, "--format", "html,pdf"], new StringWriter()));
        var pdfPath = Directory.GetFiles(folder, "*.pdf").Single();
        var printed = Path.Combine(folder, "printed.pdf");
        // Chromium is installed by .ci/run; without it this test fails rather than passing silently.
        TestTools.Run("chromium", TimeSpan.FromMinutes(2), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={printed}", new Uri(Directory.GetFiles(folder, "*.html").Single()).AbsoluteUri);

        var ours = PageTexts(pdfPath);
        var browser = PageTexts(printed);
        Assert.Equal(ours.Count, browser.Count);
        var oursNumbers = Footers(pdfPath);
        Assert.Equal("1", oursNumbers[2]);
        Assert.Equal(oursNumbers, Footers(printed));
        // Every heading and table the PDF's outline lists is printed by the browser on the same page.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var entries = Flatten(bookmarks.Roots).ToList();
        Assert.True(entries.Count >= 10);
        // A table's outline entry is its contents label ("一、收支预算总表"); its page prints the title without the label's number.
        var number = new Regex(@"^(?:[一二三四五六七八九十]+、|\d+[.、]|表\d+)");
        foreach (var (title, page) in entries)
            Assert.True(browser[page - 1].Contains(number.Replace(Regex.Replace(title, @"\s+", ""), ""), StringComparison.Ordinal),
                $"“{title}” is on page {page} of the PDF but not on that page of the browser's print");
    }

    private static IEnumerable<(string Title, int Page)> Flatten(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes) =>
        nodes.SelectMany(n => (n is UglyToad.PdfPig.Outline.DocumentBookmarkNode d ? [(n.Title, d.PageNumber)] : Enumerable.Empty<(string, int)>())
            .Concat(Flatten(n.Children)));

    private static List<string> PageTexts(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Regex.Replace(p.Text, @"\s+", ""))];
    }

    /// <summary>The page number printed in each page's bottom margin (the text below the text area), "" where there is none.</summary>
    private static List<string> Footers(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p =>
        {
            var bottom = string.Concat(p.Letters.Where(l => l.Location.Y < p.Height * 0.1).Select(l => l.Value));
            return Regex.Match(bottom, "—\\s*(\\d+)\\s*—").Groups[1].Value;
        })];
    }
}
