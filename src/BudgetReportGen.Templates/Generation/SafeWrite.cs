using System.Text.RegularExpressions;

namespace BudgetReportGen.Templates.Generation;

/// <summary>A write that could not be done, in Chinese: what happened (disk full, no permission) and what to do.</summary>
public sealed class OutputWriteException(string message, Exception inner) : IOException(message, inner);

/// <summary>
/// Replaces a department's set of output files all together or not at all. Every new file is first written whole to a
/// temporary name beside its target; then each old file is moved aside and the new one moved in. When anything fails
/// (a full disk, a file held open), the files already moved in are removed and the old ones put back, and every temporary
/// file is deleted, so the folder holds the old set or the new one, never a mixture. Temporaries a killed run left behind
/// (<c>name.ext.&lt;hex&gt;.tmp</c>, <c>.old</c>) are removed the next time the same files are written.
/// </summary>
public static partial class SafeWrite
{
    [GeneratedRegex(@"\.[0-9a-f]{12}\.(tmp|old)$")]
    private static partial Regex TemporarySuffix();

    public static void ReplaceAll(string folder, IReadOnlyList<(string Path, byte[] Bytes)> outputs)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Explain(e, folder);
        }
        Recover(folder);
        RemoveOrphans(folder, outputs.Select(o => Path.GetFileName(o.Path)));
        var suffix = Guid.NewGuid().ToString("N")[..12]; // unique, so parallel runs never share one
        var temporaries = outputs.Select(o => $"{o.Path}.{suffix}.tmp").ToList();
        var backups = outputs.Select(o => $"{o.Path}.{suffix}.old").ToList();
        var journalPath = Path.Combine(folder, $".{Path.GetFileName(outputs[0].Path)}.{suffix}.journal");
        FileStream? journal = null;
        var moved = new List<int>();
        var current = folder;
        try
        {
            for (var i = 0; i < outputs.Count; i++)
            {
                current = outputs[i].Path;
                using var stream = new FileStream(temporaries[i], FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(outputs[i].Bytes);
                stream.Flush(flushToDisk: true);
            }
            // The journal says how to undo the moves; it stays locked while this run lives, so only a killed run's is recovered.
            current = journalPath;
            journal = new FileStream(journalPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            journal.Write(System.Text.Encoding.UTF8.GetBytes(string.Concat(outputs.Select((o, i) =>
                $"{(File.Exists(o.Path) ? "old" : "new")}\t{Path.GetFileName(temporaries[i])}\t{Path.GetFileName(backups[i])}\t{Path.GetFileName(o.Path)}\n"))));
            journal.Flush(flushToDisk: true);
            for (var i = 0; i < outputs.Count; i++)
            {
                current = outputs[i].Path;
                if (File.Exists(outputs[i].Path)) File.Move(outputs[i].Path, backups[i]);
                moved.Add(i);
                File.Move(temporaries[i], outputs[i].Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var i in Enumerable.Reverse(moved))
            {
                if (!File.Exists(temporaries[i])) TryDelete(outputs[i].Path); // the new file had been moved in
                if (File.Exists(backups[i])) TryMove(backups[i], outputs[i].Path);
            }
            throw Explain(e, current);
        }
        finally
        {
            journal?.Dispose();
            TryDelete(journalPath); // the commit point: from here the new set (or, after a rollback, the old one) stands
            foreach (var temporary in temporaries) TryDelete(temporary);
            foreach (var backup in backups.Where(File.Exists)) TryDelete(backup);
        }
    }

    /// <summary>
    /// Undoes the moves of a run that was killed while replacing a set of files (its journal is left and no longer locked):
    /// old files are put back, new ones that had no old one removed, temporaries deleted; the folder then holds the old set.
    /// </summary>
    public static void Recover(string folder)
    {
        IEnumerable<string> journals;
        try
        {
            journals = Directory.EnumerateFiles(folder, ".*.journal").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var journalPath in journals)
        {
            string[] lines;
            try
            {
                using var journal = new FileStream(journalPath, FileMode.Open, FileAccess.Read, FileShare.None); // fails while its run lives
                using var reader = new StreamReader(journal);
                lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var line in lines.Reverse())
            {
                var fields = line.Split('\t');
                if (fields.Length != 4 || fields.Skip(1).Any(f => f.Contains('/') || f.Contains('\\') || f is "." or "..")) continue;
                var (temporary, backup, target) = (Path.Combine(folder, fields[1]), Path.Combine(folder, fields[2]), Path.Combine(folder, fields[3]));
                if (fields[0] == "old" && File.Exists(backup)) TryMove(backup, target);
                else if (fields[0] == "new" && !File.Exists(temporary)) TryDelete(target);
                TryDelete(temporary);
            }
            TryDelete(journalPath);
        }
    }

    /// <summary>The Chinese message for a failed write: disk full, no permission, or the system's reason.</summary>
    public static OutputWriteException Explain(Exception e, string path)
    {
        var code = e.HResult & 0xFFFF;
        var message = e switch
        {
            OutputWriteException => e.Message,
            DirectoryNotFoundException => $"找不到输出位置：{path}（其上级目录不存在，或是一个文件）。请检查 --out 给出的目录。",
            UnauthorizedAccessException => $"没有写入权限：{path}。请换一个有写入权限的输出目录（--out），或检查文件是否被设为只读。",
            IOException when code is 28 or 112 or 39 => $"磁盘空间不足，无法写入 {path}。已生成的文件没有改动；请清理磁盘或换一个输出目录（--out）后重试。",
            IOException when code is 32 or 33 => $"文件被其他程序占用，无法替换：{path}。请关闭打开它的程序（如 Word、PDF 阅读器）后重试。",
            IOException when code is 30 => $"输出位置是只读的：{path}。请换一个输出目录（--out）。",
            _ => $"无法写入 {path}（系统提示：{e.Message}）。请检查输出目录（--out）是否可写、磁盘是否可用。",
        };
        return new OutputWriteException(message, e);
    }

    private static void RemoveOrphans(string folder, IEnumerable<string> names)
    {
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                var match = TemporarySuffix().Match(name);
                if (match.Success && wanted.Contains(name[..match.Index]) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddMinutes(-10)) TryDelete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static void TryDelete(string path)
    {
        if (path.Length == 0) return;
        try { File.Delete(path); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static void TryMove(string from, string to)
    {
        try { File.Move(from, to, overwrite: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
