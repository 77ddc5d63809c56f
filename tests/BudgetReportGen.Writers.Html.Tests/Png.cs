using System.Buffers.Binary;
using System.IO.Compression;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Reads the pixels of a PNG as Chromium writes screenshots (8-bit RGB or RGBA, not interlaced), enough to count colours.</summary>
internal static class Png
{
    public static (int Width, int Height, byte[][] Rows, int Channels) Read(byte[] png)
    {
        var (width, height, channels) = (0, 0, 0);
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                if (data[8] != 8 || data[12] != 0) throw new NotSupportedException("Only 8-bit, non-interlaced PNGs.");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {data[9]}.") };
            }
            if (type == "IDAT") idat.Write(data);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * channels;
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new NotSupportedException($"PNG filter {filter}."),
                });
            }
            rows[y] = row;
            previous = row;
        }
        return (width, height, rows, channels);
    }

    /// <summary>How many pixels are within <paramref name="tolerance"/> of the colour "#RRGGBB" in every channel.</summary>
    public static int Count(byte[] png, string colour, int tolerance = 12)
    {
        var (r, g, b) = (Convert.ToInt32(colour[1..3], 16), Convert.ToInt32(colour[3..5], 16), Convert.ToInt32(colour[5..7], 16));
        var (_, _, rows, channels) = Read(png);
        var count = 0;
        foreach (var row in rows)
            for (var i = 0; i + 2 < row.Length; i += channels)
                if (Math.Abs(row[i] - r) <= tolerance && Math.Abs(row[i + 1] - g) <= tolerance && Math.Abs(row[i + 2] - b) <= tolerance) count++;
        return count;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
