using System.Runtime.CompilerServices;
using System.Text;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>
/// The extracted text of the sample documents, page by page, against reviewed golden files (Golden/*.txt).
/// A change in pagination or text shows up as a diff; regenerate with UPDATE_GOLDEN=1 and review the diff like code.
/// </summary>
public class GoldenTextTests
{
    [Theory]
    [InlineData("all-blocks")]
    [InlineData("long-table-200")]
    public void Extracted_text_matches_the_golden_file(string name)
    {
        var pdf = name == "all-blocks" ? PdfTestSupport.AllBlocks : PdfTestSupport.LongTable200;
        var text = new StringBuilder();
        foreach (var (page, i) in PdfTestSupport.PageTexts(pdf).Select((p, i) => (p, i)))
            text.Append($"--- page {i + 1} ---\n{page}\n");
        var path = Path.Combine(SourceFolder(), "Golden", name + ".txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
        }
        Assert.Equal(File.ReadAllText(path), text.ToString());
    }

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
