using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace BudgetReportGen.Writers.Docx.Packaging;

/// <summary>
/// Writes the OPC package (the .docx zip) itself instead of through System.IO.Packaging, so the output is the same
/// bytes every time: parts in a fixed order, fixed relationship ids, every zip entry stamped 1980-01-01 00:00
/// (the earliest zip date) and a fixed compression level.
/// </summary>
internal static class PackageWriter
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };

    /// <summary>A part: its path in the package and how to write its XML (or, for a binary part, its bytes).</summary>
    public sealed record Part(string Path, Action<XmlWriter> Write, byte[]? Bytes = null)
    {
        public static Part Of(string path, OpenXmlElement root) => new(path, w => root.WriteTo(w));

        /// <summary>A part that is not XML (an embedded package), stored as given.</summary>
        public static Part Binary(string path, byte[] bytes) => new(path, _ => { }, bytes);

        /// <summary>This part with its XML written once, as it would be in the package (for parts many documents share).</summary>
        public Part Rendered()
        {
            if (Bytes is not null) return this;
            using var buffer = new MemoryStream();
            WriteXml(buffer, Write);
            return Binary(Path, buffer.ToArray());
        }
    }

    /// <summary>The package as bytes (e.g. a workbook embedded in the document).</summary>
    public static byte[] Bytes(IEnumerable<Part> parts)
    {
        using var buffer = new MemoryStream();
        Write(buffer, parts);
        return buffer.ToArray();
    }

    private static void WriteXml(Stream stream, Action<XmlWriter> write)
    {
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    public static void Write(Stream output, IEnumerable<Part> parts)
    {
        // The zip is assembled in memory: a seekable stream gives the same layout whatever stream the caller passes.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                var entry = zip.CreateEntry(part.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                if (part.Bytes is { } bytes)
                {
                    stream.Write(bytes);
                    continue;
                }
                WriteXml(stream, part.Write);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
