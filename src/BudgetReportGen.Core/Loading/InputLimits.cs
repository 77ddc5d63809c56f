using System.Globalization;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// Limits on a data file's content, far above any real department and far below what would exhaust memory, the stack or
/// decimal arithmetic: exceeding one is a diagnostic with its place, never a crash.
/// </summary>
public static class InputLimits
{
    /// <summary>Nesting depth of mappings and lists (a data file needs about 6).</summary>
    public const int MaxDepth = 64;

    /// <summary>Items in one list.</summary>
    public const int MaxListItems = 20_000;

    /// <summary>Characters in one text value.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Largest amount (in 元 or 万元): 10^15, so sums of any number of rows stay far inside decimal's range.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>
    /// Most decimal places of an amount (0.01 元 is 0.000001 万元; more is never a real figure). Sums always fit a decimal;
    /// a ratio to an absurdly small amount that would not is a calc.overflow diagnostic.
    /// </summary>
    public const int MaxDecimals = 12;

    /// <summary>Largest integer (years, counts).</summary>
    public const int MaxInteger = 100_000_000;

    /// <summary>
    /// What is wrong with a text value that must never be published or printed: a lone surrogate (half of a character) or a
    /// control character other than tab and line breaks (an escape sequence could fake terminal output); null when none.
    /// </summary>
    public static string? TextProblem(string text)
    {
        var i = ProblemIndex(text);
        if (i < 0) return null;
        var c = text[i];
        return char.IsSurrogate(c)
            ? $"有不完整的字符（孤立的代理项 U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}，第 {i + 1} 个字符）"
            : $"有控制字符 U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}（第 {i + 1} 个字符）";
    }

    /// <summary>The index of the first character <see cref="TextProblem"/> refuses, or -1.</summary>
    public static int ProblemIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return i;
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF') return i;
        }
        return -1;
    }
}
