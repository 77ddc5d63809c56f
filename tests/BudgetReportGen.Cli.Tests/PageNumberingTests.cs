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
        // The printed contents list the same entries on the same pages as the PDF's (the page estimate's numbers, print only).
        Assert.Equal(Leaderless(ours[1]), Leaderless(browser[1]));
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

    /// <summary>
    /// A table that continues opens the same pages with the same 续表 line in the PDF, in Word (as LibreOffice prints it) and in the
    /// browser's print: Word and the HTML cut it where the shared page estimate breaks it; the three have the same pages.
    /// </summary>
    [Theory]
    [InlineData("data/examples/anshan-social-insurance-2023.yaml", 0)]
    [InlineData(null, 4)]
    [InlineData(null, 9)]
    public void Continued_tables_open_the_same_pages_in_pdf_word_and_the_browsers_print(string? sample, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-continued-").FullName;
        var data = sample is null ? GeneratedDepartment(folder, seed) : RepoFiles.PathOf(sample);
        Assert.Equal(0, Program.Run(["generate", data, "--out", folder], new StringWriter()));
        var pdfPath = Directory.GetFiles(folder, "*.pdf").Single();
        var printed = Path.Combine(folder, "printed.pdf");
        TestTools.Run("chromium", TimeSpan.FromMinutes(2), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={printed}", new Uri(Directory.GetFiles(folder, "*.html").Single()).AbsoluteUri);
        var word = Path.Combine(folder, "word");
        var profile = Path.Combine(folder, "lo-profile");
        TestTools.Run("soffice", TimeSpan.FromMinutes(3), "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--convert-to", "pdf",
            "--outdir", word, Directory.GetFiles(folder, "*.docx").Single());

        var wordPdf = Directory.GetFiles(word, "*.pdf").Single();
        var pages = PageTexts(pdfPath).Count;
        Assert.Equal(pages, PageTexts(printed).Count);
        Assert.Equal(pages, PageTexts(wordPdf).Count);
        var marks = ContinuedMarks(pdfPath);
        if (sample is not null) Assert.NotEmpty(marks);
        Assert.Equal(marks, ContinuedMarks(printed));
        Assert.Equal(marks, ContinuedMarks(wordPdf));
        // The cover's title stands at the same height in the three (the shared rule, CoverLayout).
        var title = TitleBaseline(pdfPath);
        Assert.InRange(TitleBaseline(printed), title - 6, title + 6);
        Assert.InRange(TitleBaseline(wordPdf), title - 6, title + 6);
    }

    /// <summary>The baseline of the cover's first line (the topmost text of page 1), in points from the page's bottom.</summary>
    private static double TitleBaseline(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Max(l => l.StartBaseLine.Y);
    }

    /// <summary>
    /// A large generated department (seed 23, the seventh: 表2 runs to eleven landscape pages with names that wrap): Word and the
    /// browser set some names on more lines than the page estimate counts, and a row pushed past a forced 续表 break printed on a
    /// page of its own. Every page that shows a table's header now shows its caption (表N) or its 续表 line too.
    /// </summary>
    [Fact]
    public void A_long_continued_table_leaves_no_page_of_stray_rows_in_word_or_the_browsers_print()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-long-").FullName;
        var data = Path.Combine(folder, "data");
        Assert.Equal(0, Program.Run(["sample", "--count", "7", "--seed", "23", "--out", data, "--template", RepoFiles.PathOf("templates/liaoning-2023")], new StringWriter()));
        Assert.Equal(0, Program.Run(["generate", Path.Combine(data, "sample-0007.yaml"), "--out", folder, "--format", "html,docx"], new StringWriter()));
        var printed = Path.Combine(folder, "printed.pdf");
        TestTools.Run("chromium", TimeSpan.FromMinutes(2), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={printed}", new Uri(Directory.GetFiles(folder, "*.html").Single()).AbsoluteUri);
        var word = Path.Combine(folder, "word");
        TestTools.Run("soffice", TimeSpan.FromMinutes(3), "-env:UserInstallation=" + new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri, "--headless",
            "--convert-to", "pdf", "--outdir", word, Directory.GetFiles(folder, "*.docx").Single());
        foreach (var pdf in new[] { printed, Directory.GetFiles(word, "*.pdf").Single() })
        {
            var pages = PageTexts(pdf);
            Assert.True(ContinuedMarks(pdf).Count >= 10, pdf);
            var stray = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("科目编码") && !Regex.IsMatch(p.text, @"表\d")).Select(p => p.i + 1).ToList();
            Assert.True(stray.Count == 0, $"{Path.GetFileName(pdf)}: pages {string.Join(", ", stray)} hold table rows without the caption or the 续表 line");
        }
    }

    /// <summary>Each page whose top line is a 续表 line: its index and the mark.</summary>
    private static List<(int Page, string Mark)> ContinuedMarks(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var marks = new List<(int, string)>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            if (letters.Count == 0) continue;
            var top = letters.Max(l => l.StartBaseLine.Y);
            var line = string.Concat(letters.Where(l => top - l.StartBaseLine.Y < 2).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value));
            if (Regex.IsMatch(line, @"^续表\d+$")) marks.Add((page.Number - 1, line));
        }
        return marks;
    }

    /// <summary>A generated department of the Liaoning pack (the pack that asks for the 续表 mark).</summary>
    private static string GeneratedDepartment(string folder, int seed)
    {
        var data = Path.Combine(folder, "data");
        Assert.Equal(0, Program.Run(["sample", "--count", "1", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", data, "--template", RepoFiles.PathOf("templates/liaoning-2023")], new StringWriter()));
        return Directory.GetFiles(data, "*.yaml").Single();
    }

    /// <summary>A contents page without its leaders (the PDF's full-width dots; the browser draws a dotted rule).</summary>
    private static string Leaderless(string page) => Regex.Replace(page, "[．.…·]", "");

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
