using System.Text;

namespace BudgetReportGen.Writers.Html.Text;

/// <summary>
/// Appends data text to HTML markup, escaped so that it can only ever be text: in element content
/// (&amp; &lt; &gt;) and in double-quoted attribute values (also &quot; and &#39;).
/// Characters HTML does not allow (C0 controls other than tab, line feed and carriage return) become U+FFFD.
/// The output is also well-formed XML, so it can be read back by an XML parser.
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special =
        System.Buffers.SearchValues.Create("&<>\"'\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>The class of the spans around punctuation that is set in the Chinese font.</summary>
    public const string EastAsianClass = "cjk";

    private static readonly System.Buffers.SearchValues<char> SharedPunctuation =
        System.Buffers.SearchValues.Create("\u00B7\u2014\u2015\u2018\u2019\u201C\u201D\u2026");

    /// <summary>Appends <paramref name="text"/> as element content (also for text that is not shown, such as &lt;title&gt;).</summary>
    public static StringBuilder AppendText(this StringBuilder sb, string text) => Append(sb, text.AsSpan());

    /// <summary>Appends <paramref name="value"/> for use inside a double-quoted attribute value.</summary>
    public static StringBuilder AppendAttribute(this StringBuilder sb, string value) => Append(sb, value.AsSpan());

    /// <summary>
    /// Appends <paramref name="text"/> as visible element content: escaped like <see cref="AppendText"/>, with each run of the
    /// punctuation that Chinese and Latin fonts share (“ ” ‘ ’ — ― … ·) in a <c>&lt;span class="cjk"&gt;</c>, which the
    /// stylesheet sets in the role's Chinese font. Otherwise the Latin family, listed first for digits and letters, would
    /// draw them as narrow Latin quotes and dashes, as Word does not (it sets them in the East Asian font).
    /// </summary>
    public static StringBuilder AppendContent(this StringBuilder sb, string text) => AppendContent(sb, text.AsSpan());

    /// <summary>Appends <paramref name="text"/> like <see cref="AppendContent(StringBuilder, string)"/>, each '\n' (or "\r\n") becoming a &lt;br/&gt;.</summary>
    public static StringBuilder AppendContentWithBreaks(this StringBuilder sb, string text)
    {
        var rest = text.AsSpan();
        int newline;
        while ((newline = rest.IndexOf('\n')) >= 0)
        {
            var line = rest[..newline];
            if (line.EndsWith("\r")) line = line[..^1];
            AppendContent(sb, line).Append("<br/>");
            rest = rest[(newline + 1)..];
        }
        return AppendContent(sb, rest);
    }

    /// <summary>The class of the spans around a number with its unit or a date, which no line breaks inside (<see cref="Documents.LineRules"/>).</summary>
    public const string NoBreakClass = "nb";

    private static StringBuilder AppendContent(StringBuilder sb, ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text.IndexOfAnyInRange('0', '9') < 0) return AppendPunctuated(sb, text);
        var spans = Documents.LineRules.NoBreakSpans(text.ToString());
        var at = 0;
        foreach (var (start, length) in spans)
        {
            // A bare number is one word to the browser already; only a number with its unit or a date needs the span.
            if (char.IsAsciiDigit(text[start + length - 1])) continue;
            AppendPunctuated(sb, text[at..start]);
            sb.Append("<span class=\"").Append(NoBreakClass).Append("\">");
            AppendPunctuated(sb, text.Slice(start, length)).Append("</span>");
            at = start + length;
        }
        return AppendPunctuated(sb, text[at..]);
    }

    private static StringBuilder AppendPunctuated(StringBuilder sb, ReadOnlySpan<char> text)
    {
        int index;
        while ((index = text.IndexOfAny(SharedPunctuation)) >= 0)
        {
            Append(sb, text[..index]);
            var run = text[index..];
            var length = run.IndexOfAnyExcept(SharedPunctuation);
            if (length < 0) length = run.Length;
            sb.Append("<span class=\"").Append(EastAsianClass).Append("\">").Append(run[..length]).Append("</span>");
            text = run[length..];
        }
        return Append(sb, text);
    }

    private static StringBuilder Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        int index;
        while ((index = text.IndexOfAny(Special)) >= 0)
        {
            sb.Append(text[..index]);
            sb.Append(text[index] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "\uFFFD",
            });
            text = text[(index + 1)..];
        }
        return sb.Append(text);
    }
}
