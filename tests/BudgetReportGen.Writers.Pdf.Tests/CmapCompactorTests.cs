using System.Buffers.Binary;
using BudgetReportGen.Writers.Pdf.Fonts;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class CmapCompactorTests
{
    [Theory]
    [InlineData("AR PL UMing CN")]
    [InlineData("WenQuanYi Micro Hei")]
    public void Every_character_keeps_its_glyph_and_a_lookup_passes_few_segments(string family)
    {
        var found = FontCatalog.For([]).Find(family).First();
        var face = Sfnt.ExtractFace(File.ReadAllBytes(found.Path), found.IndexInFile);
        var compact = CmapCompactor.Compact(face);

        var (before, segmentsBefore) = Format4(face);
        var (after, segmentsAfter) = Format4(compact);
        Assert.True(segmentsAfter < segmentsBefore, $"{segmentsAfter} segments, {segmentsBefore} before");
        Assert.InRange(segmentsAfter, 1, 64);
        for (var c = 0; c < 0xFFFF; c++) Assert.True(before(c) == after(c), $"U+{c:X4}: glyph {after(c)}, {before(c)} before");
        Assert.Equal(Sfnt.ReadFacesFromBytes(face).Single().FamilyNames, Sfnt.ReadFacesFromBytes(compact).Single().FamilyNames);
    }

    [Fact]
    public void A_face_without_a_long_map_is_returned_as_it_is()
    {
        var found = FontCatalog.For([]).Find("Liberation Serif").FirstOrDefault();
        if (found is null) return; // fonts-liberation is optional
        var face = Sfnt.ExtractFace(File.ReadAllBytes(found.Path), found.IndexInFile);
        if (Format4(face).Segments > 64) return;
        Assert.Same(face, CmapCompactor.Compact(face));
    }

    /// <summary>A plain reading of the (3,1) format-4 map as the spec defines it (independent of the compactor's code).</summary>
    private static (Func<int, int> Glyph, int Segments) Format4(byte[] face)
    {
        int U16(int o) => BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(o, 2));
        var cmap = Enumerable.Range(0, U16(4)).Select(i => 12 + 16 * i)
            .Where(r => BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(r, 4)) == 0x636D6170)
            .Select(r => (int)BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(r + 8, 4))).Single();
        var table = Enumerable.Range(0, U16(cmap + 2)).Select(i => cmap + 4 + 8 * i)
            .Where(r => U16(r) == 3 && U16(r + 2) == 1)
            .Select(r => cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(r + 4, 4))).First();
        Assert.Equal(4, U16(table));
        var segCount = U16(table + 6) / 2;
        int ends = table + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, offsets = deltas + 2 * segCount;
        int Glyph(int c)
        {
            for (var s = 0; s < segCount; s++)
            {
                if (c > U16(ends + 2 * s)) continue;
                if (c < U16(starts + 2 * s)) return 0;
                if (U16(offsets + 2 * s) == 0) return (c + U16(deltas + 2 * s)) & 0xFFFF;
                var g = U16(offsets + 2 * s + U16(offsets + 2 * s) + 2 * (c - U16(starts + 2 * s)));
                return g == 0 ? 0 : (g + U16(deltas + 2 * s)) & 0xFFFF;
            }
            return 0;
        }
        return (Glyph, segCount);
    }
}
