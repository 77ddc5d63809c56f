using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// The Liaoning standard prints a table's title first and its number on the next line (收支预算总表, then 表1), the order of the
/// seed report; the pack says so (table_defaults.number_position: below) and all three formats follow it.
/// </summary>
public class CaptionOrderTests
{
    [Fact]
    public void Every_format_prints_the_title_before_the_table_number_as_the_pack_asks()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-caption-").FullName;
        Assert.Equal(0, Program.Run(["generate", RepoFiles.SampleYaml, "--out", folder], new StringWriter()));

        var html = File.ReadAllText(Directory.GetFiles(folder, "*.html").Single());
        Assert.Contains("<div class=\"table-title\">收支预算总表</div><div class=\"table-number\">表1</div>", html);

        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using (var zip = ZipFile.OpenRead(Directory.GetFiles(folder, "*.docx").Single()))
        using (var stream = zip.GetEntry("word/document.xml")!.Open())
        {
            var paragraphs = XDocument.Load(stream).Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))).ToList();
            var title = paragraphs.FindIndex(p => p == "收支预算总表");
            Assert.True(title >= 0);
            Assert.Equal("表1", paragraphs[title + 1]);
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Directory.GetFiles(folder, "*.pdf").Single());
        var page = pdf.GetPages().Select(p => Regex.Replace(p.Text, @"\s+", "")).First(t => t.Contains("收支预算总表表1", StringComparison.Ordinal));
        Assert.Contains("收支预算总表表1部门名称", page);
    }
}
