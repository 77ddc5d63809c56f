using System.Buffers.Binary;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Rewrites a face's Unicode BMP character map (cmap format 4) with few segments, for speed only. PDFsharp finds a character's
/// glyph by scanning the format-4 segments one by one, for every character drawn; AR PL UMing (宋体, 仿宋) has 2,600–3,600
/// segments, 770 of them before the first ideograph, and that scan was 13 % of the CPU time of a batch of PDFs.
/// Neighbouring segments are merged into segments that list their glyphs (format 4's <c>idRangeOffset</c> form), so a lookup
/// passes a few dozen segments instead. Every character maps to the same glyph as before, and the cmap is not embedded in a
/// PDF (fonts are CID subsets with an identity glyph map), so the output does not change. Faces that need nothing, that are
/// symbol fonts, or whose map cannot be made smaller within format 4's 64 KB, are returned as they are.
/// </summary>
internal static class CmapCompactor
{
    private const uint CmapTag = 0x636D6170; // 'cmap'
    private const int MaxSegments = 64;      // below this a lookup is already cheap

    /// <summary>The face with a compact format-4 map, or the same array when it is already compact or cannot be changed.</summary>
    public static byte[] Compact(byte[] face)
    {
        try
        {
            return TryCompact(face) ?? face;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return face; // a map we do not understand is left to PDFsharp
        }
    }

    private static byte[]? TryCompact(byte[] face)
    {
        var numTables = U16(face, 4);
        for (var i = 0; i < numTables; i++)
        {
            var record = 12 + 16 * i;
            if (U32(face, record) != CmapTag) continue;
            var table = face.AsSpan((int)U32(face, record + 8), (int)U32(face, record + 12)).ToArray();
            return CompactTable(table) is { } compact ? ReplaceTable(face, record, compact) : null;
        }
        return null;
    }

    /// <summary>A compact <c>cmap</c> table for <paramref name="cmap"/>, or null when it is compact already or cannot be changed.</summary>
    public static byte[]? CompactTable(byte[] cmap)
    {
        try
        {
            return TryCompactTable(cmap);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[]? TryCompactTable(byte[] face)
    {
        const int cmap = 0;
        var subtables = U16(face, cmap + 2);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + 8 * i;
            var (platform, encoding, offset) = (U16(face, record), U16(face, record + 2), cmap + (int)U32(face, record + 4));
            if (platform != 3) continue;
            if (encoding == 0) return null; // a symbol font: PDFsharp remaps its codes; leave it alone
            if (encoding == 1 && U16(face, offset) == 4) format4 = offset;
            if (encoding == 10 && U16(face, offset) == 12) format12 = offset;
        }
        if (format4 < 0 || U16(face, format4 + 6) / 2 <= MaxSegments) return null;

        var glyphs = ReadFormat4(face, format4);
        var table = BuildFormat4(glyphs, U16(face, format4 + 6) / 2);
        if (table is null) return null;

        var records = format12 >= 0 ? 2 : 1;
        var format12Length = format12 >= 0 ? (int)U32(face, format12 + 4) : 0;
        var newCmap = new byte[4 + 8 * records + table.Length + format12Length];
        W16(newCmap, 2, records);
        W16(newCmap, 4, 3);
        W16(newCmap, 6, 1);
        W32(newCmap, 8, (uint)(4 + 8 * records));
        if (format12 >= 0)
        {
            W16(newCmap, 12, 3);
            W16(newCmap, 14, 10);
            W32(newCmap, 16, (uint)(4 + 8 * records + table.Length));
            face.AsSpan(format12, format12Length).CopyTo(newCmap.AsSpan(4 + 8 * records + table.Length));
        }
        table.CopyTo(newCmap.AsSpan(4 + 8 * records));
        return newCmap;
    }

    /// <summary>The glyph of every BMP code (0 where none) from a format-4 subtable.</summary>
    private static ushort[] ReadFormat4(byte[] face, int at)
    {
        var segCount = U16(face, at + 6) / 2;
        int ends = at + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, rangeOffsets = deltas + 2 * segCount;
        var glyphs = new ushort[0x10000];
        for (var s = 0; s < segCount; s++)
        {
            int start = U16(face, starts + 2 * s), end = U16(face, ends + 2 * s);
            var delta = U16(face, deltas + 2 * s);
            int rangeOffset = U16(face, rangeOffsets + 2 * s);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                if (rangeOffset == 0)
                {
                    glyphs[c] = (ushort)(c + delta);
                    continue;
                }
                var glyph = U16(face, rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                glyphs[c] = glyph == 0 ? (ushort)0 : (ushort)(glyph + delta);
            }
        }
        return glyphs;
    }

    /// <summary>
    /// A format-4 subtable with the fewest segments that fits in 64 KB: runs of codes with consecutive glyphs are found, then runs
    /// separated by at most a gap of unmapped codes are merged into one listed segment; the widest gap that still fits is used.
    /// Null when the result would not have fewer segments than the original.
    /// </summary>
    private static byte[]? BuildFormat4(ushort[] glyphs, int originalSegments)
    {
        var runs = new List<(int Start, int End)>();
        for (var c = 0; c < 0xFFFF; c++)
        {
            if (glyphs[c] == 0) continue;
            if (runs.Count > 0 && runs[^1].End == c - 1 && glyphs[c - 1] + 1 == glyphs[c]) runs[^1] = (runs[^1].Start, c);
            else runs.Add((c, c));
        }
        foreach (var gap in new[] { 256, 128, 64, 32, 16, 8, 4, 2, 1, 0 })
        {
            var segments = new List<(int Start, int End, bool Listed)>();
            foreach (var run in runs)
            {
                if (segments.Count > 0 && run.Start - segments[^1].End - 1 <= gap)
                    segments[^1] = (segments[^1].Start, run.End, true);
                else
                    segments.Add((run.Start, run.End, false));
            }
            var listed = segments.Where(s => s.Listed).Sum(s => s.End - s.Start + 1);
            var segCount = segments.Count + 1; // and the final 0xFFFF segment
            var length = 16 + 8 * segCount + 2 * listed;
            if (length > ushort.MaxValue) continue;
            if (segCount >= originalSegments) return null;
            return WriteFormat4(glyphs, segments, segCount, length);
        }
        return null;
    }

    private static byte[] WriteFormat4(ushort[] glyphs, List<(int Start, int End, bool Listed)> segments, int segCount, int length)
    {
        var t = new byte[length];
        var searchRange = 2 * (1 << (int)Math.Floor(Math.Log2(segCount)));
        W16(t, 0, 4);
        W16(t, 2, length);
        W16(t, 4, 0);
        W16(t, 6, 2 * segCount);
        W16(t, 8, searchRange);
        W16(t, 10, (int)Math.Log2(searchRange / 2));
        W16(t, 12, 2 * segCount - searchRange);
        int ends = 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, rangeOffsets = deltas + 2 * segCount;
        var array = rangeOffsets + 2 * segCount;
        var listedAt = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var (start, end, listed) = segments[s];
            W16(t, ends + 2 * s, end);
            W16(t, starts + 2 * s, start);
            if (!listed)
            {
                W16(t, deltas + 2 * s, (glyphs[start] - start) & 0xFFFF);
                continue;
            }
            W16(t, rangeOffsets + 2 * s, array + 2 * listedAt - (rangeOffsets + 2 * s));
            for (var c = start; c <= end; c++) W16(t, array + 2 * listedAt++, glyphs[c]);
        }
        var last = segments.Count;
        W16(t, ends + 2 * last, 0xFFFF);
        W16(t, starts + 2 * last, 0xFFFF);
        W16(t, deltas + 2 * last, 1);
        return t;
    }

    /// <summary>The face with one table's bytes replaced (the directory's offsets, lengths and that table's checksum rewritten).</summary>
    private static byte[] ReplaceTable(byte[] face, int replacedRecord, byte[] table)
    {
        var numTables = U16(face, 4);
        var records = Enumerable.Range(0, numTables).Select(i => 12 + 16 * i).OrderBy(r => U32(face, r + 8)).ToList();
        var total = 12 + 16 * numTables + records.Sum(r => Align4(r == replacedRecord ? table.Length : (int)U32(face, r + 12)));
        var result = new byte[total];
        Array.Copy(face, 0, result, 0, 12 + 16 * numTables);
        var position = 12 + 16 * numTables;
        foreach (var record in records)
        {
            var bytes = record == replacedRecord ? table : face.AsSpan((int)U32(face, record + 8), (int)U32(face, record + 12));
            bytes.CopyTo(result.AsSpan(position));
            W32(result, record + 8, (uint)position);
            W32(result, record + 12, (uint)bytes.Length);
            if (record == replacedRecord) W32(result, record + 4, Checksum(result.AsSpan(position, Align4(bytes.Length))));
            position += Align4(bytes.Length);
        }
        return result;
    }

    public static uint Checksum(ReadOnlySpan<byte> table)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= table.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(table[i..]);
        return sum;
    }

    private static int Align4(int n) => (n + 3) & ~3;
    private static uint U32(byte[] d, int o) => BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(o, 4));
    private static ushort U16(byte[] d, int o) => BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(o, 2));
    private static void W16(byte[] d, int o, int v) => BinaryPrimitives.WriteUInt16BigEndian(d.AsSpan(o, 2), (ushort)v);
    private static void W32(byte[] d, int o, uint v) => BinaryPrimitives.WriteUInt32BigEndian(d.AsSpan(o, 4), v);
}
