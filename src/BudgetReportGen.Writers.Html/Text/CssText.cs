using System.Globalization;
using System.Text;

namespace BudgetReportGen.Writers.Html.Text;

/// <summary>Appends values to CSS inside a &lt;style&gt; element: numbers in invariant form, quoted strings that cannot end the element.</summary>
internal static class CssText
{
    /// <summary>A number with at most three decimals, invariant culture ("12.5", "28.95").</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// Appends <paramref name="value"/> as a double-quoted CSS string. Quotes, backslashes, line breaks and the characters
    /// that matter to the HTML/XML around the stylesheet (&lt; &gt; &amp;) are written as CSS hex escapes.
    /// </summary>
    public static StringBuilder AppendCssString(this StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
                sb.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            else
                sb.Append(c);
        }
        return sb.Append('"');
    }
}
