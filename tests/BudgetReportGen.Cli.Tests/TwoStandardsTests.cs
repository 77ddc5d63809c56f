using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// Two bureaus' standards from one engine: the Shanghai sample names its pack and comes out in the district's format in all
/// three formats; and nothing of a province — table numbers, its places — is written in the C# sources.
/// </summary>
public class TwoStandardsTests
{
    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");

    [Fact]
    public void The_shanghai_sample_picks_its_pack_and_states_its_figures_in_html_word_and_pdf()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-sh-").FullName;
        var output = new StringWriter();
        var exit = Program.Run(["generate", RepoFiles.PathOf("data/examples/shanghai-putuo-government-office-2025.yaml"), "--out", folder], output);
        Assert.True(exit == 0, output.ToString());
        const string name = "上海市普陀区人民政府办公室-2025年区级部门预算";

        var html = Regex.Replace(File.ReadAllText(Path.Combine(folder, name + ".html")), "<[^>]+>", "");
        string docx;
        using (var zip = ZipFile.OpenRead(Path.Combine(folder, name + ".docx")))
        using (var stream = zip.GetEntry("word/document.xml")!.Open())
            docx = string.Concat(XDocument.Load(stream).Descendants(XName.Get("t", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")).Select(t => t.Value));
        string pdf;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder, name + ".pdf")))
            pdf = string.Concat(document.GetPages().Select(p => p.Text));

        string[] facts =
        [
            "收入预算9,101.68万元", "比2024年预算减少2,389.52万元", "科目4,614万元", "“三公”经费预算数为867.50万元", "因公出国（境）费839万元",
            "机关运行经费预算为213.28万元", "涉及项目预算资金6626万元", "91,016,775.35", "82,096,797.42", "24,606,775.35", "22,473,997.81",
            "2,132,777.54", "867.50", "213.28", "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。", "区政府督查及建议提案工作业务经费项目经费情况说明",
        ];
        foreach (var (format, text) in new[] { ("HTML", html), ("Word", docx), ("PDF", pdf) })
            foreach (var fact in facts)
                Assert.True(Squeeze(text).Contains(Squeeze(fact), StringComparison.Ordinal), $"{format} lacks “{fact}”");
    }

    [Fact]
    public void No_table_number_or_province_is_written_in_the_csharp_sources()
    {
        var banned = new Regex(@"表\s?[0-9０-９]+|辽宁|鞍山|上海|普陀|liaoning|shanghai|anshan|putuo", RegexOptions.IgnoreCase);
        var found = Directory.GetFiles(RepoFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => banned.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepoFiles.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "A province's table numbers or places in src/ (they belong in its template pack):\n" + string.Join("\n", found));
    }
}
