using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// Saves a PDF so that the same document gives the same bytes. PDFsharp writes random values: the trailer's document IDs,
/// the XMP DocumentID/InstanceID uuids and the six-letter subset tag before '+' in embedded font names. Each is first blanked,
/// the blanked file is hashed, and each is then replaced by a value derived from that hash (and, for a tag, the font's name).
/// It also writes PDFsharp's local-time offsets after dates as +00'00' (the dates come from the data, not the clock, and must not
/// depend on the machine's time zone). Every replacement has the original's length, so the cross-reference offsets stay valid.
/// </summary>
internal static partial class DeterministicSave
{
    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex DocumentIds();

    [GeneratedRegex(@"(<xmpMM:(?:DocumentID|InstanceID)>uuid:)([0-9a-fA-F-]{36})(</xmpMM:)")]
    private static partial Regex XmpUuids();

    [GeneratedRegex(@"(/(?:BaseFont|FontName)\s*/)([A-Z]{6})\+([^\s/<>\[\]()]+)")]
    private static partial Regex SubsetTags();

    [GeneratedRegex(@"(D:\d{14})[+\-]\d{2}'\d{2}'")]
    private static partial Regex PdfDateOffsets();

    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})[+\-]\d{2}:\d{2}")]
    private static partial Regex XmpDateOffsets();

    public static void Save(PdfDocument pdf, Stream output)
    {
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        var bytes = Normalize(buffer.ToArray());
        output.Write(bytes);
    }

    /// <summary>Replaces PDFsharp's random values with values derived from the content.</summary>
    internal static byte[] Normalize(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = PdfDateOffsets().Replace(text, m => m.Groups[1].Value + "+00'00'");
        text = XmpDateOffsets().Replace(text, m => m.Groups[1].Value + "+00:00");
        var blank = DocumentIds().Replace(text, m => $"/ID[<{new string('0', m.Groups[1].Length)}><{new string('0', m.Groups[2].Length)}>]".PadRight(m.Length));
        blank = XmpUuids().Replace(blank, m => m.Groups[1].Value + new string('0', 36) + m.Groups[3].Value);
        blank = SubsetTags().Replace(blank, m => $"{m.Groups[1].Value}AAAAAA+{m.Groups[3].Value}");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(blank)));

        var result = DocumentIds().Replace(blank, m =>
        {
            var id = Hex(hash + "ID", m.Groups[1].Length);
            return $"/ID[<{id}><{id}>]".PadRight(m.Length);
        });
        result = XmpUuids().Replace(result, m =>
        {
            var hex = Hex(hash + m.Groups[1].Value, 32).ToLowerInvariant();
            return $"{m.Groups[1].Value}{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}{m.Groups[3].Value}";
        });
        result = SubsetTags().Replace(result, m => $"{m.Groups[1].Value}{Tag(hash, m.Groups[3].Value)}+{m.Groups[3].Value}");
        return Encoding.Latin1.GetBytes(result);
    }

    private static string Hex(string seed, int length) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

    /// <summary>Six uppercase letters from the content hash and the font's name (one tag per font, as PDFsharp makes one subset per font).</summary>
    private static string Tag(string hash, string fontName) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(hash + fontName)).Take(6).Select(b => (char)('A' + b % 26)).ToArray());
}
