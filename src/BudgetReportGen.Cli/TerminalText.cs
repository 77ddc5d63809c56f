using System.Globalization;
using System.Text;
using Spectre.Console;

namespace BudgetReportGen.Cli;

/// <summary>
/// Text from data files, packs, file names and the system, made safe to print: every control character (an escape sequence
/// could clear a line and print a fake “✓ 已生成”, a carriage return overwrite it) and every bidirectional override is shown
/// as a visible escape (<c>\e</c>, <c>\r</c>, <c>\u202E</c>); then Spectre markup is escaped. Every value the CLI prints goes through it.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with control and bidi-control characters made visible, and Spectre markup escaped.</summary>
    public static string Escape(string? text) => Markup.Escape(Visible(text ?? ""));

    /// <summary>The text with control and bidi-control characters made visible (<c>\e</c>, <c>\n</c>, <c>\u202E</c>).</summary>
    public static string Visible(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unsafeChar = char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
                || char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                                       && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!unsafeChar) { builder?.Append(c); continue; }
            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(c switch
            {
                '\u001B' => "\\e",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return builder?.ToString() ?? text;
    }
}
