using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace BudgetReportGen.Writers.Docx.Tests;

public class ValidityTests
{
    public static TheoryData<string> Samples => ["AllBlocks", "LongTable200"];

    private static BudgetReportGen.Documents.Document Sample(string name) =>
        name == "AllBlocks" ? SampleDocuments.AllBlocks() : SampleDocuments.LongTable(200);

    [Theory]
    [MemberData(nameof(Samples))]
    public void OpenXmlValidatorReportsNoErrors(string sample)
    {
        using var doc = DocxFixture.Open(DocxFixture.Bytes(Sample(sample)));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void PackageHasEveryPartWordNeeds(string sample)
    {
        using var doc = DocxFixture.Open(DocxFixture.Bytes(Sample(sample)));
        var main = doc.MainDocumentPart!;
        Assert.NotNull(main.StyleDefinitionsPart?.Styles);
        Assert.NotNull(main.DocumentSettingsPart?.Settings);
        Assert.NotNull(main.FontTablePart?.Fonts);
        Assert.Single(main.FooterParts);
        Assert.NotNull(doc.CoreFilePropertiesPart);
    }
}
