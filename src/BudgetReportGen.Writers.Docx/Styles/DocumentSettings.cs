using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>
/// word/settings.xml: current Word compatibility mode (so Word does not open the file in compatibility mode), a
/// default tab stop of two body characters, punctuation compression (adjacent full-width marks set half-width, as the
/// PDF writer does) and the line rules of <see cref="Documents.LineRules"/> as Word's kinsoku lists: the closing
/// punctuation plus the units and date characters that may not start a line (so "336.12万元" or "2023年" is not broken
/// before 万, 元, 年…), the opening punctuation that may not end one. No updateFields: the TOC and page references
/// already carry results, so Word need not prompt the user on opening.
/// </summary>
internal static class DocumentSettings
{
    /// <summary>Characters no line may start with: closing punctuation and the first characters of units and dates.</summary>
    internal const string NoLineBreaksBefore = Documents.LineRules.Closing + "万元个辆台套年月日";

    public static Settings Build(double bodySizePt, string language)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = (short)Units.TwipsFromPt(2 * bodySizePt) },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new NoLineBreaksAfterKinsoku { Language = language, Val = Documents.LineRules.Opening },
            new NoLineBreaksBeforeKinsoku { Language = language, Val = NoLineBreaksBefore },
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
