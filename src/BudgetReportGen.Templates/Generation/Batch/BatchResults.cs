using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>What a batch ran with: the tool's version and the pack (id, name, version) and the unit its figures are in.</summary>
/// <param name="Options">The pack options the run used, as "名称=值" joined by "、" in name order ("" for a pack without options).</param>
public sealed record BatchInfo(string ToolVersion, string PackId, string PackName, string PackVersion, string Unit, string Options = "");

/// <summary>
/// The files a bureau uses after a batch, written beside the reports: <c>index.html</c> (every department with its key
/// figures, status and links), <c>summary.csv</c> (UTF-8 with BOM, for Excel) and <c>summary.json</c>, <c>diagnostics.json</c>
/// (every finding) and <c>manifest.json</c> (input and output SHA-256s). No clock time anywhere: the same inputs give the same bytes.
/// </summary>
public static class BatchResults
{
    public const string Index = "index.html";
    public const string SummaryCsv = "summary.csv";
    public const string SummaryJson = "summary.json";
    public const string DiagnosticsJson = "diagnostics.json";
    public const string ManifestJson = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// Writes the five files into <paramref name="folder"/> (each whole, through a temporary name); the index's charts are drawn
    /// by <paramref name="drawChart"/> (see <see cref="IndexCharts"/>).
    /// </summary>
    public static void Write(string folder, BatchInfo info, IEnumerable<DepartmentRecord> departments, Func<Documents.Chart, string> drawChart)
    {
        var sorted = departments.OrderBy(d => d.Input, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(folder);
        Save(folder, SummaryJson, Serialize(new Summary(info, sorted.Select(d => d with { Diagnostics = [] }).ToList())));
        Save(folder, DiagnosticsJson, Serialize(sorted.Select(d => new DepartmentDiagnostics(d.Input, d.Diagnostics)).ToList()));
        Save(folder, ManifestJson, Serialize(new Manifest("budgetgen", info.ToolVersion, new PackReference(info.PackId, info.PackName, info.PackVersion, info.Options),
            sorted.Select(d => new ManifestEntry(d.Input, d.InputSha256, d.Outputs)).ToList())));
        Save(folder, SummaryCsv, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(info, sorted))]);
        Save(folder, Index, Encoding.UTF8.GetBytes(IndexPage.Html(info, sorted, drawChart)));
    }

    /// <summary>Reads the records a batch wrote (summary.json with diagnostics.json), for merging shards.</summary>
    public static (BatchInfo Info, IReadOnlyList<DepartmentRecord> Departments) Read(string folder)
    {
        var summary = JsonSerializer.Deserialize<Summary>(File.ReadAllBytes(Path.Combine(folder, SummaryJson)), Json)
            ?? throw new InvalidDataException($"{Path.Combine(folder, SummaryJson)} 为空。");
        var diagnostics = JsonSerializer.Deserialize<List<DepartmentDiagnostics>>(File.ReadAllBytes(Path.Combine(folder, DiagnosticsJson)), Json) ?? [];
        var byInput = diagnostics.ToDictionary(d => d.Input, d => d.Diagnostics, StringComparer.Ordinal);
        return (summary.Batch, summary.Departments.Select(d => d with { Diagnostics = byInput.GetValueOrDefault(d.Input) ?? [] }).ToList());
    }

    /// <summary>
    /// Merges the results of shards (each a folder a <c>generate --shard k/n</c> wrote) into <paramref name="output"/>: the
    /// department files are copied over, and one index, summary and manifest are written, as an unsharded run would have.
    /// Returns the Chinese reason when the shards do not belong together (another pack or tool, a department in two shards).
    /// </summary>
    public static string? Merge(IReadOnlyList<string> shards, string output, Func<Documents.Chart, string> drawChart)
    {
        var read = new List<(string Folder, BatchInfo Info, IReadOnlyList<DepartmentRecord> Departments)>();
        foreach (var folder in shards)
        {
            if (!File.Exists(Path.Combine(folder, SummaryJson)) || !File.Exists(Path.Combine(folder, DiagnosticsJson)))
                return $"“{folder}”中没有 {SummaryJson} 和 {DiagnosticsJson}，不是 budgetgen generate 写出的结果目录。";
            var (info, departments) = Read(folder);
            read.Add((folder, info, departments));
        }
        if (read.Count == 0) return "请给出要合并的结果目录。";
        var first = read[0].Info;
        var other = read.FirstOrDefault(r => r.Info != first);
        if (other.Folder is not null)
            return $"“{other.Folder}”用的是模板包 {other.Info.PackId} {other.Info.PackVersion}（选项：{other.Info.Options}）、budgetgen {other.Info.ToolVersion}，与“{read[0].Folder}”（{first.PackId} {first.PackVersion}（选项：{first.Options}）、budgetgen {first.ToolVersion}）不同，不能合并。";
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, _, departments) in read)
            foreach (var d in departments)
                if (!seen.TryAdd(d.Input, folder))
                    return $"数据文件“{d.Input}”同时出现在“{seen[d.Input]}”和“{folder}”中：各份应由同一组输入按 --shard k/n 划分。";

        foreach (var (folder, _, departments) in read)
            foreach (var file in departments.SelectMany(d => d.Outputs))
            {
                var target = Path.Combine(output, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (Path.GetFullPath(Path.Combine(folder, file.Path)) != Path.GetFullPath(target))
                    File.Copy(Path.Combine(folder, file.Path), target, overwrite: true);
            }
        Write(output, first, read.SelectMany(r => r.Departments), drawChart);
        return null;
    }

    private static byte[] Serialize<T>(T value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Json).Replace("\r\n", "\n") + "\n");

    private static void Save(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static string Csv(BatchInfo info, IReadOnlyList<DepartmentRecord> departments)
    {
        var csv = new StringBuilder();
        var unit = info.Unit;
        csv.Append($"数据文件,部门,年度,状态,错误数,警告数,收支总预算（{unit}）,基本支出（{unit}）,项目支出（{unit}）,财政拨款（{unit}）,“三公”经费（{unit}）,比上年增减（{unit}）,比上年增减（%）,报告文件,未生成的原因\r\n");
        foreach (var d in departments)
        {
            var f = d.Figures;
            string[] fields =
            [
                d.Input, d.Department ?? "", d.Year?.ToString(CultureInfo.InvariantCulture) ?? "", d.Status,
                d.Errors.ToString(CultureInfo.InvariantCulture), d.Warnings.ToString(CultureInfo.InvariantCulture),
                Number(f?.Total), Number(f?.Basic), Number(f?.Project), Number(f?.Fiscal), Number(f?.ThreePublic),
                Number(f?.ChangeOnLastYear), Number(f?.ChangePercent),
                string.Join(";", d.Outputs.Select(o => o.Path)), d.Failure ?? "",
            ];
            csv.Append(string.Join(",", fields.Select(CsvField))).Append("\r\n");
        }
        return csv.ToString();
    }

    internal static string Number(decimal? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? "";

    private static string CsvField(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    private sealed record Summary(BatchInfo Batch, IReadOnlyList<DepartmentRecord> Departments);
    private sealed record DepartmentDiagnostics(string Input, IReadOnlyList<DiagnosticRecord> Diagnostics);
    private sealed record PackReference(string Id, string Name, string Version, string Options);
    private sealed record ManifestEntry(string Input, string InputSha256, IReadOnlyList<WrittenFile> Outputs);
    private sealed record Manifest(string Tool, string Version, PackReference Pack, IReadOnlyList<ManifestEntry> Departments);
}
