using System.IO.Compression;
using BudgetReportGen.Tests.Shared;
using M = BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Docx.Tests;

public class DeterminismTests
{
    [Fact]
    public async Task SameDocumentGivesSameBytesAcrossTime()
    {
        var first = DocxFixture.Bytes(SampleDocuments.AllBlocks());
        await Task.Delay(TimeSpan.FromSeconds(2.1)); // zip times have a 2-second resolution
        var second = DocxFixture.Bytes(SampleDocuments.AllBlocks());
        Assert.Equal(first, second);
    }

    [Fact]
    public void ZipEntriesHaveFixedTimesAndAStableOrder()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFixture.Bytes(SampleDocuments.AllBlocks())));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
             "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml"],
            zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void OutputDependsOnTheDocumentNotOnTheStream()
    {
        var bytes = DocxFixture.Bytes(SampleDocuments.AllBlocks());
        var path = Path.Combine(DocxFixture.OutputDirectory(), "determinism.docx");
        using (var file = File.Create(path)) new DocxWriter().Write(SampleDocuments.AllBlocks(), file);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        // …and a different date changes the core properties (the clock never does).
        var later = SampleDocuments.AllBlocks() with { Info = SampleDocuments.Info with { Date = new DateOnly(2024, 1, 5) } };
        Assert.NotEqual(bytes, DocxFixture.Bytes(later));
    }

    [Fact]
    public void UserFixableProblemsThrowDocumentWriteException()
    {
        var noPlaceholder = SampleDocuments.AllBlocks() with { Style = M.DocumentStyle.Default with { PageNumberFormat = "第页" } };
        var e1 = Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(noPlaceholder));
        Assert.Contains("{0}", e1.Message);

        var noRoom = SampleDocuments.AllBlocks() with { Style = M.DocumentStyle.Default with { Page = new M.PageSetup(210, 297, 37, 35, 120, 100) } };
        Assert.Contains("页边距", Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(noRoom)).Message);

        var fonts = new Dictionary<M.TextRole, M.FontSpec>(M.DocumentStyle.Default.Fonts) { [M.TextRole.Body] = new([], 16) };
        var noFamily = SampleDocuments.AllBlocks() with { Style = M.DocumentStyle.Default with { Fonts = fonts } };
        Assert.Contains("字体", Assert.Throws<M.DocumentWriteException>(() => DocxFixture.Bytes(noFamily)).Message);
    }
}
