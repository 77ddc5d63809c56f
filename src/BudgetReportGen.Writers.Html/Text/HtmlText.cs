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

    /// <summary>The class of the span around a full-width mark set half-width before another mark (the shared rule,
    /// <see cref="Documents.LineRules.CompressRightHalf"/>): the stylesheet takes half an em off after it, as the PDF and Word do.</summary>
    public const string HalfClass = "h";

    private static StringBuilder AppendContent(StringBuilder sb, ReadOnlySpan<char> text)
    {
        var halves = Halves(text);
        if (text.Length < 2 || text.IndexOfAnyInRange('0', '9') < 0) return AppendPunctuated(sb, text, 0, halves);
        var spans = Documents.LineRules.NoBreakSpans(text.ToString());
        var at = 0;
        foreach (var (start, length) in spans)
        {
            // A bare number is one word to the browser already; only a number with its unit or a date needs the span.
            if (char.IsAsciiDigit(text[start + length - 1])) continue;
            AppendPunctuated(sb, text[at..start], at, halves);
            sb.Append("<span class=\"").Append(NoBreakClass).Append("\">");
            AppendPunctuated(sb, text.Slice(start, length), start, halves).Append("</span>");
            at = start + length;
        }
        return AppendPunctuated(sb, text[at..], at, halves);
    }

    /// <summary>Which characters of <paramref name="text"/> are full-width marks set half-width (<see cref="HalfClass"/>); null
    /// when none is: a mark before another mark ("”、“" "）。"), as Word sets it.</summary>
    private static bool[]? Halves(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text.IndexOfAny(FullWidthMarks) < 0) return null;
        var whole = text.ToString();
        bool[]? halves = null;
        for (var i = 0; i + 1 < whole.Length; i++)
            if (Documents.LineRules.CompressRightHalf(whole, i) || Documents.LineRules.CompressLeftHalf(whole, i + 1))
                (halves ??= new bool[whole.Length])[i] = true;
        return halves;
    }

    private static readonly System.Buffers.SearchValues<char> FullWidthMarks =
        System.Buffers.SearchValues.Create(Documents.LineRules.FullWidthClosing + Documents.LineRules.FullWidthOpening);

    /// <summary>Appends <paramref name="text"/> (at <paramref name="offset"/> in the content) with each mark set half-width in its span.</summary>
    private static StringBuilder AppendPunctuated(StringBuilder sb, ReadOnlySpan<char> text, int offset, bool[]? halves)
    {
        if (halves is null) return AppendPunctuated(sb, text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!halves[offset + i]) continue;
            AppendPunctuated(sb, text[start..i]);
            sb.Append("<span class=\"").Append(HalfClass).Append("\">");
            AppendPunctuated(sb, text.Slice(i, 1)).Append("</span>");
            start = i + 1;
        }
        return AppendPunctuated(sb, text[start..]);
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
