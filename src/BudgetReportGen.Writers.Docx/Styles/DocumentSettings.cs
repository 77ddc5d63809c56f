using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>
/// word/settings.xml: current Word compatibility mode (so Word does not open the file in compatibility mode), a
/// default tab stop of two body characters and Chinese punctuation compression off. No updateFields: the TOC and
/// page references already carry results, so Word need not prompt the user on opening.
/// </summary>
internal static class DocumentSettings
{
    public static Settings Build(double bodySizePt, string language)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = (short)Units.TwipsFromPt(2 * bodySizePt) },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = StyleSheet.LatinLanguage, EastAsia = language });
        settings.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        return settings;
    }
}
