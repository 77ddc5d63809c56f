using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>
/// A stable share of the inputs for one of several machines (<c>--shard k/n</c>): a file belongs to the shard its path's
/// SHA-256 falls in, so every department is in exactly one shard, whatever the machine, order or number of files,
/// as long as every shard is given the same inputs.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses “k/n” (1 ≤ k ≤ n); null with a message when malformed.</summary>
    public static (Shard? Shard, string? Error) Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n)
            return (new Shard(k, n), null);
        return (null, $"--shard 应写作 k/n（第 k 份，共 n 份，1 ≤ k ≤ n），如 2/4；实际为“{text}”。");
    }

    public bool Contains(string file)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(file.Replace('\\', '/')));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)Count) == Index - 1;
    }
}
