using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Mends the ToUnicode maps PDFsharp writes for characters beyond the BMP (an emoji, CJK Extension B drawn in a fallback
/// face): it writes the code point itself (&lt;1F600&gt;), which readers cut to four digits (U+1F60), so copying the text
/// gives the wrong character. A map's destination must be UTF-16BE: the surrogate pair &lt;D83DDE00&gt;.
/// </summary>
internal static partial class ToUnicodeRepair
{
    [GeneratedRegex("<([0-9A-Fa-f]{5,6})>")]
    private static partial Regex WideDestination();

    private static ReadOnlySpan<byte> Marker => "/CMapName /Adobe-Identity-UCS"u8;

    /// <summary>True when <paramref name="stream"/> (uncompressed) is a ToUnicode map that needs mending.</summary>
    public static bool Needs(ReadOnlySpan<byte> stream) =>
        stream.IndexOf(Marker) >= 0 && WideDestination().IsMatch(Encoding.Latin1.GetString(stream));

    /// <summary>The map with every destination beyond the BMP written as its UTF-16BE surrogate pair.</summary>
    public static byte[] Repair(ReadOnlySpan<byte> stream) =>
        Encoding.Latin1.GetBytes(WideDestination().Replace(Encoding.Latin1.GetString(stream), m =>
        {
            var codePoint = int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (codePoint > 0x10FFFF) return m.Value;
            var pair = char.ConvertFromUtf32(codePoint);
            return $"<{(int)pair[0]:X4}{(int)pair[1]:X4}>";
        }));
}
