using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The characters a face has glyphs for, read from its <c>cmap</c> (format 4 for the BMP, format 12 for characters beyond it,
/// such as CJK Extension B or emoji). Read once per face and process; a map that cannot be read covers nothing.
/// </summary>
internal static class GlyphCoverage
{
    private const uint CmapTag = 0x636D6170; // 'cmap'
    private static readonly ConcurrentDictionary<string, Lazy<BitArray>> Faces = new(StringComparer.Ordinal);

    /// <summary>True when the face PDFsharp knows as <paramref name="faceKey"/> (a registered family) has a glyph for <paramref name="codePoint"/>.</summary>
    public static bool Has(string faceKey, int codePoint) => Of(faceKey)[codePoint];

    /// <summary>The covered code points of the face PDFsharp knows as <paramref name="faceKey"/> (a registered family).</summary>
    public static BitArray Of(string faceKey) =>
        Faces.GetOrAdd(faceKey, key => new Lazy<BitArray>(() => Read(FaceRegistry.Instance.GetFont(key) ?? []))).Value;

    private static readonly ConcurrentDictionary<string, Lazy<BitArray>> Files = new(StringComparer.Ordinal);

    /// <summary>True when an installed face (not necessarily registered with PDFsharp) has a glyph for <paramref name="codePoint"/>.</summary>
    public static bool Has(FontFace face, int codePoint) =>
        Files.GetOrAdd($"{face.Path}#{face.IndexInFile}", _ => new Lazy<BitArray>(() =>
        {
            try
            {
                return Read(Sfnt.LoadFace(face.Path, face.IndexInFile));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or IndexOutOfRangeException)
            {
                return new BitArray(0x110000);
            }
        })).Value[codePoint];

    /// <summary>The covered code points of a single face's bytes.</summary>
    public static BitArray Read(byte[] face)
    {
        var covered = new BitArray(0x110000);
        try
        {
            var numTables = U16(face, 4);
            for (var i = 0; i < numTables; i++)
            {
                var record = 12 + 16 * i;
                if (U32(face, record) != CmapTag) continue;
                var cmap = (int)U32(face, record + 8);
                var subtables = U16(face, cmap + 2);
                for (var s = 0; s < subtables; s++)
                {
                    var entry = cmap + 4 + 8 * s;
                    var (platform, encoding) = (U16(face, entry), U16(face, entry + 2));
                    var at = cmap + (int)U32(face, entry + 4);
                    var unicode = platform == 0 || platform == 3 && encoding is 1 or 10;
                    if (!unicode) continue;
                    switch (U16(face, at))
                    {
                        case 4: ReadFormat4(face, at, covered); break;
                        case 12: ReadFormat12(face, at, covered); break;
                    }
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException)
        {
            // a damaged map: what was read so far stands
        }
        return covered;
    }

    private static void ReadFormat4(byte[] face, int at, BitArray covered)
    {
        var segCount = U16(face, at + 6) / 2;
        int ends = at + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, rangeOffsets = deltas + 2 * segCount;
        for (var s = 0; s < segCount; s++)
        {
            int start = U16(face, starts + 2 * s), end = U16(face, ends + 2 * s);
            var delta = U16(face, deltas + 2 * s);
            int rangeOffset = U16(face, rangeOffsets + 2 * s);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph = rangeOffset == 0 ? (ushort)(c + delta) : U16(face, rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                if (glyph != 0) covered[c] = true;
            }
        }
    }

    private static void ReadFormat12(byte[] face, int at, BitArray covered)
    {
        var groups = (int)U32(face, at + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = at + 16 + 12 * g;
            var (start, end, glyph) = (U32(face, group), U32(face, group + 4), U32(face, group + 8));
            for (var c = start; c <= end && c < 0x110000; c++)
                if (glyph + (c - start) != 0) covered[(int)c] = true;
        }
    }

    private static int U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at, 2));
    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at, 4));
}
