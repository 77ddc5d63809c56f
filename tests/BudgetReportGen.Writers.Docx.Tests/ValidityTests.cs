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

/// <summary>word/fontTable.xml names the official fonts with their fallbacks, so Word without them substitutes a Chinese font.</summary>
public class FontTableTests
{
    private static IReadOnlyList<DocumentFormat.OpenXml.Wordprocessing.Font> Fonts()
    {
        using var doc = DocxFixture.Open(DocxFixture.Bytes(SampleDocuments.AllBlocks()));
        return doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<DocumentFormat.OpenXml.Wordprocessing.Font>().Select(f => (DocumentFormat.OpenXml.Wordprocessing.Font)f.CloneNode(true)).ToList();
    }

    [Fact]
    public void An_official_font_names_its_fallback_the_gb2312_charset_and_its_panose()
    {
        var fangsong = Assert.Single(Fonts(), f => f.Name == "仿宋_GB2312");
        Assert.Equal("仿宋", fangsong.AltName?.Val?.Value);
        Assert.Equal("86", fangsong.FontCharSet?.Val?.Value);
        Assert.Equal("02010609030101010101", fangsong.Panose1Number?.Val?.Value);
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.FontFamilyValues.Modern, fangsong.FontFamily?.Val?.Value);
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.FontPitchValues.Fixed, fangsong.Pitch?.Val?.Value);

        var song = Assert.Single(Fonts(), f => f.Name == "宋体");
        Assert.Equal("SimSun", song.AltName?.Val?.Value);
        Assert.Equal("02010600030101010101", song.Panose1Number?.Val?.Value);
    }

    [Fact]
    public void Every_first_family_and_latin_family_has_one_entry_and_unknown_fonts_no_panose()
    {
        var fonts = Fonts();
        var style = BudgetReportGen.Documents.DocumentStyle.Default;
        var expected = Enum.GetValues<BudgetReportGen.Documents.TextRole>().Select(style.Font)
            .SelectMany(s => new[] { s.Families[0], s.LatinFamily }).Distinct().Order().ToList();
        Assert.Equal(expected, fonts.Select(f => f.Name!.Value!).Order().ToList());
        var title = Assert.Single(fonts, f => f.Name == "方正小标宋简体");
        Assert.Equal("黑体", title.AltName?.Val?.Value);
        Assert.Null(title.Panose1Number);
        Assert.Equal("02020603050405020304", Assert.Single(fonts, f => f.Name == "Times New Roman").Panose1Number?.Val?.Value);
    }
}
