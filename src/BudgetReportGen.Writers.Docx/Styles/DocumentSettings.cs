using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>
/// word/settings.xml: current Word compatibility mode (so Word does not open the file in compatibility mode), a
/// default tab stop of two body characters, no punctuation compression of Word's own (Word and LibreOffice would compress
/// every full-width mark, so "（一）" would hang left of the indent; the adjacent marks the shared rule compresses carry their
/// own character spacing, Content.Runs.Set) and the line rules of <see cref="Documents.LineRules"/> as Word's kinsoku lists: the closing
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
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
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
