using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// Saves a PDF so that the same document gives the same bytes, its streams compressed (<see cref="StreamCompression"/>). PDFsharp writes random values: the trailer's document IDs,
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
        // PDFsharp formats the info dates (and XMP) with the current culture's calendar: a Hijri or Buddhist locale would
        // write D:1444… or D:2566…. Saving under the invariant culture writes the Gregorian date on every machine.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            pdf.Save(buffer, closeStream: false);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        var bytes = StreamCompression.Compress(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        NormalizeInPlace(bytes);
        output.Write(bytes);
    }

    /// <summary>Replaces PDFsharp's random values with values derived from the content (in a copy).</summary>
    internal static byte[] Normalize(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        NormalizeInPlace(copy);
        return copy;
    }

    /// <summary>
    /// <see cref="Normalize"/> in place: every match is found once on the saved file (read as Latin-1, so a character index
    /// is a byte index) and overwritten with a value of the same length, without copying the file for each replacement.
    /// </summary>
    private static void NormalizeInPlace(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in PdfDateOffsets().Matches(text)) Patch(pdf, m.Groups[1].Index + m.Groups[1].Length, "+00'00'");
        foreach (Match m in XmpDateOffsets().Matches(text)) Patch(pdf, m.Groups[1].Index + m.Groups[1].Length, "+00:00");
        var ids = DocumentIds().Matches(text);
        var uuids = XmpUuids().Matches(text);
        var tags = SubsetTags().Matches(text);
        foreach (Match m in ids)
            Patch(pdf, m.Index, $"/ID[<{new string('0', m.Groups[1].Length)}><{new string('0', m.Groups[2].Length)}>]".PadRight(m.Length));
        foreach (Match m in uuids) Patch(pdf, m.Groups[2].Index, new string('0', 36));
        foreach (Match m in tags) Patch(pdf, m.Groups[2].Index, "AAAAAA");
        var hash = Convert.ToHexString(SHA256.HashData(pdf));

        foreach (Match m in ids)
        {
            var id = Hex(hash + "ID", m.Groups[1].Length);
            Patch(pdf, m.Index, $"/ID[<{id}><{id}>]".PadRight(m.Length));
        }
        foreach (Match m in uuids)
        {
            var hex = Hex(hash + m.Groups[1].Value, 32).ToLowerInvariant();
            Patch(pdf, m.Groups[2].Index, $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}");
        }
        foreach (Match m in tags) Patch(pdf, m.Groups[2].Index, Tag(hash, m.Groups[3].Value));
    }

    /// <summary>Overwrites the bytes at <paramref name="index"/> with <paramref name="value"/> (Latin-1).</summary>
    private static void Patch(byte[] pdf, int index, string value) => Encoding.Latin1.GetBytes(value, pdf.AsSpan(index, value.Length));

    private static string Hex(string seed, int length) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

    /// <summary>Six uppercase letters from the content hash and the font's name (one tag per font, as PDFsharp makes one subset per font).</summary>
    private static string Tag(string hash, string fontName) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(hash + fontName)).Take(6).Select(b => (char)('A' + b % 26)).ToArray());
}
