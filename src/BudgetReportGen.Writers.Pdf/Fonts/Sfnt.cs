using System.Buffers.Binary;
using System.Text;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>The outline flavour of an OpenType face: TrueType (glyf) outlines or CFF (PostScript) outlines.</summary>
internal enum OutlineFlavour { TrueType, Cff, Unknown }

/// <summary>One face found in a font file: its family names (all languages), where it sits in the file, and its weight (OS/2 usWeightClass: 400 regular, 700 bold).</summary>
internal sealed record FontFace(string Path, int IndexInFile, OutlineFlavour Flavour, IReadOnlyList<string> FamilyNames, bool IsBold, bool IsItalic = false, int Weight = 400)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>
/// Reads the sfnt container of TrueType/OpenType files (.ttf, .otf, .ttc): the family names in the <c>name</c> table,
/// and extracts a face of a .ttc collection into a standalone TrueType file in memory (PDFsharp reads single faces only).
/// </summary>
internal static class Sfnt
{
    private const uint TtcTag = 0x74746366;      // 'ttcf'
    private const uint OttoTag = 0x4F54544F;     // 'OTTO'
    private const uint TrueTag = 0x74727565;     // 'true'
    private const uint Version1 = 0x00010000;

    /// <summary>Lists the faces of a font file, reading only its directories and name tables; a file that is not a readable font yields none.</summary>
    public static IReadOnlyList<FontFace> ReadFaces(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            return ReadFaces((offset, buffer) => RandomAccess.Read(handle, buffer, offset), RandomAccess.GetLength(handle), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Lists the faces of a font held in memory.</summary>
    public static IReadOnlyList<FontFace> ReadFacesFromBytes(byte[] data, string path = "") =>
        ReadFaces((offset, buffer) => data.AsSpan((int)offset, buffer.Length).CopyTo(buffer), data.Length, path);

    private static IReadOnlyList<FontFace> ReadFaces(Action<long, byte[]> read, long fileLength, string path)
    {
        byte[] At(long offset, int length)
        {
            if (offset < 0 || length < 0 || offset + length > fileLength) throw new InvalidDataException();
            var buffer = new byte[length];
            read(offset, buffer);
            return buffer;
        }
        try
        {
            var head = At(0, 12);
            var offsets = U32(head, 0) == TtcTag
                ? Enumerable.Range(0, (int)U32(head, 8)).Select(i => (Offset: (long)U32(At(12 + 4 * i, 4), 0), Index: i)).ToList()
                : [(0L, 0)];
            var faces = new List<FontFace>();
            foreach (var (offset, index) in offsets)
            {
                var face = ReadFace(At, offset, path, index);
                if (face is not null) faces.Add(face);
            }
            return faces;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            return [];
        }
    }

    /// <summary>The bytes of one face as a standalone sfnt file (a .ttf stays as it is; a .ttc face is rebuilt).</summary>
    public static byte[] ExtractFace(byte[] data, int index)
    {
        if (U32(data, 0) != TtcTag) return data;
        var offset = FaceOffsets(data).Single(f => f.Index == index).Offset;
        var numTables = U16(data, offset + 4);
        var tables = Enumerable.Range(0, numTables)
            .Select(i => offset + 12 + 16 * i)
            .Select(r => (Record: r, Offset: (int)U32(data, r + 8), Length: (int)U32(data, r + 12)))
            .ToList();
        var headerLength = 12 + 16 * numTables;
        var total = headerLength + tables.Sum(t => Align4(t.Length));
        var result = new byte[total];
        Array.Copy(data, offset, result, 0, 12);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var (record, tableOffset, length) = tables[i];
            var target = 12 + 16 * i;
            Array.Copy(data, record, result, target, 8); // tag and checksum
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(target + 8), (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(target + 12), (uint)length);
            Array.Copy(data, tableOffset, result, position, length);
            position += Align4(length);
        }
        return result;
    }

    /// <summary>
    /// One face of a font file as a standalone sfnt with a compact character map (<see cref="CmapCompactor"/>), read table by
    /// table straight into the result (a .ttc is not read whole nor copied twice: the collections here are 5–21 MB).
    /// </summary>
    public static byte[] LoadFace(string path, int index)
    {
        using var handle = File.OpenHandle(path);
        byte[] Read(long offset, int length)
        {
            var buffer = new byte[length];
            ReadInto(offset, buffer);
            return buffer;
        }
        void ReadInto(long offset, Span<byte> target)
        {
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(handle, target, offset);
                if (read <= 0) throw new InvalidDataException($"{path} ends inside a table.");
                target = target[read..];
                offset += read;
            }
        }
        var head = Read(0, 12);
        long faceOffset = U32(head, 0) == TtcTag ? U32(Read(12 + 4 * index, 4), 0) : 0;
        var header = Read(faceOffset, 12);
        var numTables = U16(header, 4);
        var directory = Read(faceOffset + 12, 16 * numTables);
        var tables = Enumerable.Range(0, numTables)
            .Select(i => (Record: 16 * i, Tag: U32(directory, 16 * i), Offset: (long)U32(directory, 16 * i + 8), Length: (int)U32(directory, 16 * i + 12)))
            .OrderBy(t => t.Offset).ToList();
        var cmapTable = tables.FirstOrDefault(t => t.Tag == 0x636D6170);
        var cmap = cmapTable.Length > 0 ? CmapCompactor.CompactTable(Read(cmapTable.Offset, cmapTable.Length)) : null;

        var headerLength = 12 + 16 * numTables;
        var result = new byte[headerLength + tables.Sum(t => Align4(cmap is not null && t.Tag == 0x636D6170 ? cmap.Length : t.Length))];
        header.CopyTo(result, 0);
        directory.CopyTo(result, 12);
        var position = headerLength;
        foreach (var table in tables)
        {
            var record = 12 + table.Record;
            var replaced = cmap is not null && table.Tag == 0x636D6170;
            var length = replaced ? cmap!.Length : table.Length;
            if (replaced) cmap!.CopyTo(result, position);
            else ReadInto(table.Offset, result.AsSpan(position, table.Length));
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(record + 8), (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(record + 12), (uint)length);
            if (replaced) BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(record + 4), CmapCompactor.Checksum(result.AsSpan(position, Align4(length))));
            position += Align4(length);
        }
        return result;
    }

    private static IEnumerable<(int Offset, int Index)> FaceOffsets(byte[] data)
    {
        if (U32(data, 0) != TtcTag)
        {
            yield return (0, 0);
            yield break;
        }
        var count = (int)U32(data, 8);
        for (var i = 0; i < count; i++) yield return ((int)U32(data, 12 + 4 * i), i);
    }

    private static FontFace? ReadFace(Func<long, int, byte[]> at, long offset, string path, int index)
    {
        var header = at(offset, 12);
        var flavour = U32(header, 0) switch
        {
            Version1 or TrueTag => OutlineFlavour.TrueType,
            OttoTag => OutlineFlavour.Cff,
            _ => OutlineFlavour.Unknown,
        };
        if (flavour == OutlineFlavour.Unknown) return null;
        var directory = at(offset + 12, 16 * U16(header, 4));
        (long Offset, int Length)? Table(string tag)
        {
            var wanted = BinaryPrimitives.ReadUInt32BigEndian(Encoding.ASCII.GetBytes(tag));
            for (var r = 0; r < directory.Length; r += 16)
                if (U32(directory, r) == wanted) return (U32(directory, r + 8), (int)U32(directory, r + 12));
            return null;
        }
        if (Table("name") is not { } name) return null;
        var names = ReadFamilyNames(at(name.Offset, name.Length));
        if (names.Count == 0) return null;
        var weight = Table("OS/2") is { Length: >= 6 } os2 ? U16(at(os2.Offset, 6), 4) : 400;
        var italic = Table("head") is { Length: >= 46 } head && (U16(at(head.Offset + 44, 2), 0) & 2) != 0; // macStyle bit 1
        return new FontFace(path, index, flavour, names, weight >= 600, italic, weight);
    }

    /// <summary>Family names (name IDs 1 and 16) in every Unicode/Windows language and in Mac Roman.</summary>
    private static List<string> ReadFamilyNames(byte[] data)
    {
        const int table = 0;
        var count = U16(data, table + 2);
        var strings = table + U16(data, table + 4);
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var record = table + 6 + 12 * i;
            var platform = U16(data, record);
            var encoding = U16(data, record + 2);
            var nameId = U16(data, record + 6);
            if (nameId is not (1 or 16)) continue;
            var length = U16(data, record + 8);
            var start = strings + U16(data, record + 10);
            string? text = (platform, encoding) switch
            {
                (0, _) or (3, 0) or (3, 1) or (3, 10) => Encoding.BigEndianUnicode.GetString(data, start, length),
                (1, 0) => Encoding.Latin1.GetString(data, start, length),
                _ => null,
            };
            text = text?.Trim('\0', ' ');
            if (!string.IsNullOrEmpty(text) && !names.Contains(text, StringComparer.OrdinalIgnoreCase)) names.Add(text);
        }
        return names;
    }

    private static int Align4(int n) => (n + 3) & ~3;
    private static uint U32(byte[] d, int o) => BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(o, 4));
    private static ushort U16(byte[] d, int o) => BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(o, 2));
}
