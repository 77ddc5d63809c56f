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

    [ThreadStatic] private static MemoryStream? savedSlot;
    [ThreadStatic] private static MemoryStream? fileSlot;

    public static void Save(PdfDocument pdf, Stream output)
    {
        // Both buffers are the thread's own, reused from document to document (ScratchBuffer).
        var saved = ScratchBuffer.Rent(ref savedSlot);
        var file = ScratchBuffer.Rent(ref fileSlot);
        try
        {
            // PDFsharp formats the info dates (and XMP) with the current culture's calendar: a Hijri or Buddhist locale would
            // write D:1444… or D:2566…. Saving under the invariant culture writes the Gregorian date on every machine.
            var culture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            try
            {
                pdf.Save(saved, closeStream: false);
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
            }
            StreamCompression.Compress(saved.GetBuffer().AsSpan(0, (int)saved.Length), file);
            var bytes = file.GetBuffer().AsSpan(0, (int)file.Length);
            NormalizeInPlace(bytes);
            output.Write(bytes);
        }
        finally
        {
            ScratchBuffer.Return(ref savedSlot, saved);
            ScratchBuffer.Return(ref fileSlot, file);
        }
    }

    /// <summary>Replaces PDFsharp's random values with values derived from the content (in a copy).</summary>
    internal static byte[] Normalize(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        NormalizeInPlace(copy);
        return copy;
    }

    [ThreadStatic] private static char[]? textSlot;

    /// <summary>
    /// <see cref="Normalize"/> in place: every match is found once on the saved file (read as Latin-1 into the thread's own
    /// character buffer, so a character index is a byte index) and overwritten with a value of the same length.
    /// </summary>
    private static void NormalizeInPlace(Span<byte> pdf)
    {
        var buffer = textSlot is { } kept && kept.Length >= pdf.Length ? kept : new char[pdf.Length];
        if (buffer.Length <= 16 << 20) textSlot = buffer;
        ReadOnlySpan<char> text = buffer.AsSpan(0, Encoding.Latin1.GetChars(pdf, buffer));
        foreach (var (at, m) in Matches(PdfDateOffsets(), text)) Patch(pdf, at + m.Groups[1].Index + m.Groups[1].Length, "+00'00'");
        foreach (var (at, m) in Matches(XmpDateOffsets(), text)) Patch(pdf, at + m.Groups[1].Index + m.Groups[1].Length, "+00:00");
        var ids = Matches(DocumentIds(), text);
        var uuids = Matches(XmpUuids(), text);
        var tags = Matches(SubsetTags(), text);
        foreach (var (at, m) in ids)
            Patch(pdf, at, $"/ID[<{new string('0', m.Groups[1].Length)}><{new string('0', m.Groups[2].Length)}>]".PadRight(m.Length));
        foreach (var (at, m) in uuids) Patch(pdf, at + m.Groups[2].Index, new string('0', 36));
        foreach (var (at, m) in tags) Patch(pdf, at + m.Groups[2].Index, "AAAAAA");
        var hash = Convert.ToHexString(SHA256.HashData(pdf));

        foreach (var (at, m) in ids)
        {
            var id = Hex(hash + "ID", m.Groups[1].Length);
            Patch(pdf, at, $"/ID[<{id}><{id}>]".PadRight(m.Length));
        }
        foreach (var (at, m) in uuids)
        {
            var hex = Hex(hash + m.Groups[1].Value, 32).ToLowerInvariant();
            Patch(pdf, at + m.Groups[2].Index, $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}");
        }
        foreach (var (at, m) in tags) Patch(pdf, at + m.Groups[2].Index, Tag(hash, m.Groups[3].Value));
    }

    /// <summary>
    /// Each match of <paramref name="regex"/> in <paramref name="text"/>: where it starts, and the match (with its groups)
    /// made on the matched text alone, so that the file is never copied into a string.
    /// </summary>
    private static List<(int At, Match Match)> Matches(Regex regex, ReadOnlySpan<char> text)
    {
        var matches = new List<(int, Match)>();
        foreach (var found in regex.EnumerateMatches(text))
            matches.Add((found.Index, regex.Match(text.Slice(found.Index, found.Length).ToString())));
        return matches;
    }

    /// <summary>Overwrites the bytes at <paramref name="index"/> with <paramref name="value"/> (Latin-1).</summary>
    private static void Patch(Span<byte> pdf, int index, string value) => Encoding.Latin1.GetBytes(value, pdf.Slice(index, value.Length));

    private static string Hex(string seed, int length) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

    /// <summary>Six uppercase letters from the content hash and the font's name (one tag per font, as PDFsharp makes one subset per font).</summary>
    private static string Tag(string hash, string fontName) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(hash + fontName)).Take(6).Select(b => (char)('A' + b % 26)).ToArray());
}
