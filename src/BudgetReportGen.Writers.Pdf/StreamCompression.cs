using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// Compresses the streams of a PDF that PDFsharp saved uncompressed, with the runtime's zlib (<see cref="ZLibStream"/>), and
/// rewrites the cross-reference table. PDFsharp's own FlateDecode writes a zlib header and a deflate stream but no Adler-32
/// checksum, so strict readers (qpdf) warn on every stream; its level is also fixed to three choices. Here every stream is a
/// complete zlib stream, at <see cref="Level"/>. The XMP metadata stays uncompressed (as the PDF specification recommends).
/// Reads only what PDFsharp writes: a classic cross-reference table, one section, direct <c>/Length</c> values.
/// </summary>
internal static partial class StreamCompression
{
    /// <summary>
    /// zlib level 1–9. Measured on the sample's 52 streams (1.5 MB, mostly font subsets) with the runtime's zlib-ng:
    /// level 1 499 KB in 5.7 ms, 2 381 KB in 6.5 ms, 3 366 KB in 11 ms, 6 347 KB in 16 ms, 9 345 KB in 83 ms. Level 2 it is.
    /// </summary>
    public const int Level = 2;

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex LengthEntry();

    private static ReadOnlySpan<byte> StreamKeyword => "stream\n"u8;

    [ThreadStatic] private static MemoryStream? compressedSlot;

    /// <summary>Writes <paramref name="pdf"/> with every unfiltered stream (except metadata) compressed to <paramref name="output"/>.</summary>
    public static void Compress(ReadOnlySpan<byte> pdf, MemoryStream output, int level = Level)
    {
        var startXref = pdf.LastIndexOf("startxref"u8);
        if (startXref < 0) throw new InvalidDataException("No startxref in the saved PDF.");
        var xref = ParseInt(pdf, startXref + "startxref".Length);
        var (objectOffsets, trailerAt) = ReadXref(pdf, xref);

        var order = Enumerable.Range(0, objectOffsets.Length).Where(i => objectOffsets[i] > 0).OrderBy(i => objectOffsets[i]).ToArray();
        output.Write(pdf[..(order.Length > 0 ? objectOffsets[order[0]] : xref)]);
        var newOffsets = new long[objectOffsets.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var number = order[k];
            var start = objectOffsets[number];
            var end = k + 1 < order.Length ? objectOffsets[order[k + 1]] : xref;
            newOffsets[number] = output.Position;
            WriteObject(pdf[start..end], output, level);
        }
        var newXref = output.Position;
        var xrefText = new StringBuilder();
        xrefText.Append("xref\n0 ").Append(objectOffsets.Length).Append('\n');
        xrefText.Append("0000000000 65535 f \n");
        for (var number = 1; number < objectOffsets.Length; number++)
            xrefText.Append(newOffsets[number] > 0 ? $"{newOffsets[number]:D10} 00000 n \n" : "0000000000 65535 f \n");
        output.Write(Encoding.ASCII.GetBytes(xrefText.ToString()));
        output.Write(pdf[trailerAt..startXref]);
        output.Write(Encoding.ASCII.GetBytes($"startxref\n{newXref}\n%%EOF\n"));
    }

    /// <summary>One <c>N 0 obj … endobj</c>: copied, or with its stream compressed and its dictionary saying so.</summary>
    private static void WriteObject(ReadOnlySpan<byte> obj, MemoryStream output, int level)
    {
        var streamAt = obj.IndexOf(StreamKeyword);
        // The keyword follows the dictionary's ">>" and a line end; anything else is not a stream object.
        if (streamAt < 3 || obj[streamAt - 1] != (byte)'\n' || obj[streamAt - 2] != (byte)'>' || obj[streamAt - 3] != (byte)'>')
        {
            output.Write(obj);
            return;
        }
        var head = Encoding.Latin1.GetString(obj[..(streamAt - 1)]);
        if (head.Contains("/Filter", StringComparison.Ordinal) || head.Contains("/Type/Metadata", StringComparison.Ordinal)
            || LengthEntry().Match(head) is not { Success: true } length)
        {
            output.Write(obj);
            return;
        }
        var dataAt = streamAt + StreamKeyword.Length;
        var stored = obj.Slice(dataAt, int.Parse(length.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
        ReadOnlySpan<byte> data = Fonts.ToUnicodeRepair.Needs(stored) ? Fonts.ToUnicodeRepair.Repair(stored) : stored;
        var compressed = ScratchBuffer.Rent(ref compressedSlot);
        try
        {
            WriteCompressed(head, length, data, compressed, output, level);
        }
        finally
        {
            ScratchBuffer.Return(ref compressedSlot, compressed);
        }
        output.Write(obj[(dataAt + stored.Length)..]); // "\nendstream\nendobj\n"
    }

    /// <summary>The object's dictionary with the new length and the filter, then its stream, compressed.</summary>
    private static void WriteCompressed(string head, Match length, ReadOnlySpan<byte> data, MemoryStream compressed, MemoryStream output, int level)
    {
        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
            zlib.Write(data);
        var dictionaryEnd = head.LastIndexOf(">>", StringComparison.Ordinal);
        var value = length.Groups[1];
        var newHead = new StringBuilder(head.Length + 24)
            .Append(head, 0, value.Index).Append(compressed.Length)
            .Append(head, value.Index + value.Length, dictionaryEnd - value.Index - value.Length)
            .Append("/Filter/FlateDecode").Append(head, dictionaryEnd, head.Length - dictionaryEnd).ToString();
        output.Write(Encoding.Latin1.GetBytes(newHead));
        output.Write("\nstream\n"u8);
        output.Write(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
    }

    /// <summary>The objects' offsets (index = object number, 0 when free) and where the trailer starts.</summary>
    private static (int[] Offsets, int TrailerAt) ReadXref(ReadOnlySpan<byte> pdf, int xref)
    {
        if (!pdf[xref..].StartsWith("xref"u8)) throw new InvalidDataException("No cross-reference table where startxref points.");
        var at = xref + 4;
        while (pdf[at] is (byte)'\r' or (byte)'\n' or (byte)' ') at++;
        var first = ParseInt(pdf, at, out at);
        var count = ParseInt(pdf, at, out at);
        if (first != 0) throw new InvalidDataException("The cross-reference table does not start at object 0.");
        while (pdf[at] is (byte)'\r' or (byte)'\n' or (byte)' ') at++;
        var offsets = new int[count];
        for (var i = 0; i < count; i++, at += 20) // each entry is exactly 20 bytes
            if (pdf[at + 17] == (byte)'n') offsets[i] = ParseInt(pdf, at);
        var trailer = pdf[at..].IndexOf("trailer"u8);
        if (trailer < 0) throw new InvalidDataException("No trailer after the cross-reference table.");
        return (offsets, at + trailer);
    }

    private static int ParseInt(ReadOnlySpan<byte> text, int at) => ParseInt(text, at, out _);

    private static int ParseInt(ReadOnlySpan<byte> text, int at, out int end)
    {
        while (text[at] is (byte)' ' or (byte)'\r' or (byte)'\n') at++;
        var value = 0;
        for (; text[at] is >= (byte)'0' and <= (byte)'9'; at++) value = checked(value * 10 + (text[at] - '0'));
        end = at;
        return value;
    }
}
