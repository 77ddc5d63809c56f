namespace BudgetReportGen.Writers.Pdf.Text;

/// <summary>Character classes for Chinese line breaking (after the rules of GB/T 15834 and JIS X 4051 kinsoku).</summary>
internal static class CharClass
{
    /// <summary>Closing and trailing punctuation: never at the start of a line (the shared table, <see cref="Documents.LineRules"/>).</summary>
    public const string Closing = Documents.LineRules.Closing;

    /// <summary>Opening punctuation: never at the end of a line (the shared table).</summary>
    public const string Opening = Documents.LineRules.Opening;

    public static bool IsClosing(char c) => Documents.LineRules.IsClosing(c);
    public static bool IsOpening(char c) => Documents.LineRules.IsOpening(c);

    /// <summary>Characters that stand alone as one unit: ideographs, kana, CJK and full-width punctuation.</summary>
    public static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'      // CJK radicals, punctuation, kana, ideographs
          or >= '\uAC00' and <= '\uD7AF'      // Hangul
          or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
          or >= '\uFE30' and <= '\uFE4F'      // CJK compatibility forms
          or >= '\uFF00' and <= '\uFFEF'      // full-width forms
          or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7';
}
