using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Fields;

/// <summary>
/// Complex fields (w:fldChar begin / instrText / separate / result / end). Word and LibreOffice show the cached
/// result until the field is updated, so every field here carries a real result.
/// </summary>
internal static class FieldRuns
{
    public static Run Begin() => new(new FieldChar { FieldCharType = FieldCharValues.Begin });

    public static Run Instruction(string code) => new(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    /// <summary>A whole field with a cached text result.</summary>
    public static IEnumerable<Run> Field(string code, string result)
    {
        yield return Begin();
        yield return Instruction(code);
        yield return Separate();
        yield return new Run(new Text(result) { Space = SpaceProcessingModeValues.Preserve });
        yield return End();
    }

    /// <summary>A field without result, such as TC (a TOC entry marker that prints nothing).</summary>
    public static IEnumerable<Run> Marker(string code)
    {
        yield return Begin();
        yield return Instruction(code);
        yield return End();
    }

    /// <summary>Quotes a field argument: backslashes and double quotes are escaped with a backslash.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
