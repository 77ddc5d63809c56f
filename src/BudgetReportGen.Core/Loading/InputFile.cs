using System.Globalization;
using System.Text;

namespace BudgetReportGen.Core.Loading;

/// <summary>A file that cannot be read as input: the Chinese reason (what is wrong and how to fix it), and the place when known.</summary>
public sealed class InputFileException(string path, string reason, int line = 1, int column = 1) : Exception(reason)
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>
/// Reads input files (data files and every file of a template pack) defensively: only regular files (a pipe, a device or a
/// folder is refused before it is opened, so nothing hangs), at most <see cref="MaxBytes"/>, and as text only UTF-8
/// (a byte-order mark allowed) or UTF-16 with a byte-order mark; any other encoding (GB18030/GBK from Chinese editors)
/// is refused with the place of the first bad byte and how to convert, so mojibake is never published.
/// </summary>
public static class InputFile
{
    /// <summary>The largest input file read: 32 MiB (a department's data file is some tens of KiB, a workbook some hundreds).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>The bytes of a regular file of at most <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputFileException">Missing, a folder, not a regular file, too large, or unreadable.</exception>
    public static byte[] ReadBytes(string path, long maxBytes = MaxBytes)
    {
        if (Directory.Exists(path))
            throw new InputFileException(path, $"“{path}”是文件夹，不是文件。请给出文件夹中的数据文件（或对 generate 给出整个文件夹）。");
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new InputFileException(path, $"文件不存在：{path}。请检查路径和文件名（包括扩展名）。");
        // Pipes and devices (/dev/zero, a FIFO) report no length: refused before opening, since reading one may never end.
        if (info.Length == 0)
            throw new InputFileException(path, $"文件是空的，或不是普通文件（如管道、设备）：{path}。请给出保存在磁盘上的数据文件。");
        if (info.Length > maxBytes)
            throw new InputFileException(path, $"文件太大（{info.Length.ToString("N0", CultureInfo.InvariantCulture)} 字节，上限 {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} 字节）：{path}。请检查是否选错了文件。");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[info.Length];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0) break;
                read += n;
            }
            if (stream.ReadByte() >= 0)
                throw new InputFileException(path, $"文件在读取时还在变化：{path}。请等文件保存完毕后再运行。");
            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException(path, $"没有读取权限：{path}。请检查文件的权限（或以有权限的用户运行）。");
        }
        catch (IOException e)
        {
            throw new InputFileException(path, $"无法读取：{path}（{e.Message}）。请检查文件是否被其他程序占用、磁盘是否可用。");
        }
    }

    /// <summary>The most bytes a workbook's parts may unpack to in all: 256 MiB (a zip bomb would fill the memory).</summary>
    public const long MaxUnpackedWorkbookBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Why a workbook (a zip) must not be opened — its parts unpack to more than <see cref="MaxUnpackedWorkbookBytes"/>, or it has
    /// an absurd number of parts — or null. A stream that is not a zip passes: the workbook reader reports it. The position is restored.
    /// </summary>
    public static string? WorkbookTooLarge(Stream stream)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000) return $"工作簿中的部件过多（{zip.Entries.Count} 个）";
            var total = zip.Entries.Sum(e => e.Length);
            return total > MaxUnpackedWorkbookBytes
                ? $"工作簿解压后过大（{total.ToString("N0", CultureInfo.InvariantCulture)} 字节，上限 {MaxUnpackedWorkbookBytes.ToString("N0", CultureInfo.InvariantCulture)} 字节）"
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            return null;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>The text of a file (see <see cref="Decode"/>).</summary>
    public static string ReadText(string path, long maxBytes = MaxBytes) => Decode(ReadBytes(path, maxBytes), path);

    /// <summary>
    /// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, strictly: an invalid byte
    /// sequence is an <see cref="InputFileException"/> naming its line and column and how to convert the file. The mark is dropped.
    /// </summary>
    public static string Decode(byte[] bytes, string path)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[2] == 0 && bytes[3] == 0)
                throw new InputFileException(path, $"文件是 UTF-32 编码：{path}。请在编辑器中另存为 UTF-8 编码。");
            var encoding = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                return encoding.GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                throw new InputFileException(path, $"文件标明为 UTF-16 编码，但其中有无效的字符：{path}。请在编辑器中另存为 UTF-8 编码。");
            }
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = Locate(bytes, start, offset);
            var shown = string.Join(" ", bytes.Skip(offset).Take(2).Select(b => $"0x{b:X2}"));
            throw new InputFileException(path,
                $"文件不是 UTF-8 编码：第 {line} 行第 {column} 列附近的字节 {shown} 不是有效的 UTF-8（文件可能是 GB18030/GBK 编码，如中文 Windows 的记事本或 WPS 保存的）。"
                + "请在编辑器中把文件“另存为”UTF-8 编码（记事本：另存为 → 编码选 UTF-8），或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件 转换后再用。",
                line, column);
        }
    }

    private static (int Line, int Column) Locate(byte[] bytes, int start, int offset)
    {
        offset = Math.Min(offset, bytes.Length);
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
    }
}
