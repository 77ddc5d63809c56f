using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// Page numbers agree across formats (Documents.PageNumbers, TocFit, the shared block rule): the cover and the contents are
/// unnumbered, the body starts at 1, and the contents of the PDF and the Word file list the same page for every entry.
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
}
