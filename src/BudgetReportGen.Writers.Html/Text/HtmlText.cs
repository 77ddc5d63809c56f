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

    /// <summary>Appends <paramref name="text"/> as element content.</summary>
    public static StringBuilder AppendText(this StringBuilder sb, string text) => Append(sb, text.AsSpan());

    /// <summary>Appends <paramref name="value"/> for use inside a double-quoted attribute value.</summary>
    public static StringBuilder AppendAttribute(this StringBuilder sb, string value) => Append(sb, value.AsSpan());

    /// <summary>Appends <paramref name="text"/> as element content, each '\n' (or "\r\n") becoming a &lt;br/&gt;.</summary>
    public static StringBuilder AppendTextWithBreaks(this StringBuilder sb, string text)
    {
        var rest = text.AsSpan();
        int newline;
        while ((newline = rest.IndexOf('\n')) >= 0)
        {
            var line = rest[..newline];
            if (line.EndsWith("\r")) line = line[..^1];
            Append(sb, line).Append("<br/>");
            rest = rest[(newline + 1)..];
        }
        return Append(sb, rest);
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
