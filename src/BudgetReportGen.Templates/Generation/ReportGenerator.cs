using System.Globalization;
using System.Security.Cryptography;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;

namespace BudgetReportGen.Templates.Generation;

/// <summary>
/// The one way through: data file → load → check → compute → render with the pack → write each format.
/// A generator holds a parsed pack and its classification lists; it is safe to use from several threads at once
/// (batch generation), since every call works on its own data and document.
/// </summary>
public sealed class ReportGenerator(TemplatePack pack, ClassificationCatalog catalog)
{
    public TemplatePack Pack { get; } = pack;
    public ClassificationCatalog Catalog { get; } = catalog;

    /// <summary>Loads and parses a pack folder and its classification lists (once per process).</summary>
    public static ReportGenerator Load(string packFolder)
    {
        var pack = TemplatePack.Load(packFolder);
        return new ReportGenerator(pack, ClassificationCatalog.Load(pack.ClassificationsFolder));
    }

    /// <summary>This generator with some of the pack's options set (see <see cref="TemplatePack.WithOptions"/>); the same one when none are.</summary>
    public ReportGenerator WithOptions(IReadOnlyCollection<KeyValuePair<string, string>> settings) =>
        settings.Count == 0 ? this : new ReportGenerator(Pack.WithOptions(settings), Catalog);

    /// <summary>
    /// Loads and checks a data file and renders the pack for it in memory (a dry run: nothing is written), so that a file with
    /// no error is one <see cref="Write"/> can generate. Every problem is reported in one run: the checks, the pack's
    /// requirements and any rendering fault. The computed figures are returned when there is no error.
    /// </summary>
    public Validation Validate(string dataFile, CheckOptions options)
    {
        var load = BudgetDataLoader.Load(dataFile);
        if (load.Data is null || load.HasErrors) return new Validation(dataFile, load.Diagnostics, null);
        var data = load.Data;
        BudgetFigures figures;
        var diagnostics = new List<Diagnostic>(load.Diagnostics);
        try
        {
            figures = FigureCalculator.Compute(data, Catalog);
            diagnostics.AddRange(BudgetChecker.Check(data, figures, Catalog, options, load.SourceMap));
        }
        catch (ArithmeticException)
        {
            // The loader's limits keep every sum and ratio inside decimal's range; this is the last line of defence.
            diagnostics.Add(new Diagnostic("calc.overflow", Severity.Error, "数据中的金额过大或过小，汇总或增减比例超出了可计算的范围。", "",
                new SourceLocation(dataFile, 1, 1), Fix: "检查金额是否多写了位数、单位（元/万元）是否写错，或上年数是否写成了极小的数。"));
            return new Validation(dataFile, diagnostics, null);
        }
        if (data.Year != Pack.Year)
            diagnostics.Add(load.SourceMap.Place(new Diagnostic("pack.year", Severity.Warning,
                $"数据年度 {data.Year} 与模板包“{Pack.Name}”的年度 {Pack.Year} 不一致。", "year",
                Expected: Pack.Year.ToString(CultureInfo.InvariantCulture), Found: data.Year.ToString(CultureInfo.InvariantCulture), Fix: "选用与数据年度相同的模板包（--template）。")));
        foreach (var unmet in Pack.UnmetRequirements(figures))
            diagnostics.Add(load.SourceMap.Place(new Diagnostic(unmet.RuleId, unmet.Severity, unmet.Message, unmet.Field,
                unmet.Field.Length == 0 ? new SourceLocation(dataFile, 1, 1) : null,
                Fix: unmet.Severity == Severity.Error ? "按 docs/data-format.md 补全数据文件。" : "按 docs/data-format.md 补全数据文件；确实没有这项内容时可忽略本提示。")));
        try
        {
            Pack.Render(figures, data.Unit);
        }
        catch (ArithmeticException)
        {
            diagnostics.Add(new Diagnostic("calc.overflow", Severity.Error, "报告中的某个数值超出了可计算的范围，无法生成。", "",
                new SourceLocation(dataFile, 1, 1), Fix: "检查金额是否多写了位数、单位（元/万元）是否写错，或上年数是否写成了极小的数。"));
        }
        catch (TemplateException e)
        {
            diagnostics.Add(new Diagnostic("pack.render", Severity.Error, $"报告无法生成：{e.Reason}", "",
                new SourceLocation(e.File, e.Line, e.Column), Fix: "这是模板包的问题：请把本信息发给模板包的维护单位，或换用其他模板包（--template）。"));
        }
        diagnostics = diagnostics.Select(d => Pack.RuleNote(d.RuleId) is { } note ? d with { Message = $"{d.Message}（{note}）" } : d).ToList();
        return BudgetChecker.HasErrors(diagnostics)
            ? new Validation(dataFile, diagnostics, null)
            : new Validation(dataFile, diagnostics, figures) { OutputBaseName = Pack.OutputName(figures) };
    }

    /// <summary>Renders the document of a data file, or returns the diagnostics that stop it.</summary>
    public (Validation Validation, Document? Document) Render(string dataFile, CheckOptions options)
    {
        var validation = Validate(dataFile, options);
        return (validation, validation.Figures is { } figures ? Pack.Render(figures, figures.Data.Unit) : null);
    }

    /// <summary>
    /// Generates every requested format into <paramref name="outputFolder"/>. Nothing is written when the data has errors;
    /// each file is written whole (to a temporary file, then moved into place), so a failure never leaves half a file.
    /// </summary>
    public GenerationResult Generate(string dataFile, IReadOnlyList<IDocumentWriter> writers, string outputFolder, CheckOptions options) =>
        Write(Validate(dataFile, options), writers, outputFolder);

    /// <summary>
    /// Renders and writes the report of a validated data file (nothing when it has errors). Every format is produced in memory
    /// first, so a writer's failure (a missing font) leaves no file at all; then all of them are written to temporary names
    /// and only then renamed into place, so a department's set of files is replaced together, never half of it.
    /// </summary>
    public GenerationResult Write(Validation validation, IReadOnlyList<IDocumentWriter> writers, string outputFolder)
    {
        if (validation.Figures is not { } figures || validation.OutputBaseName is not { } baseName) return new GenerationResult(validation, []);
        var document = Pack.Render(figures, figures.Data.Unit);
        var outputs = new List<(string Path, byte[] Bytes)>();
        foreach (var writer in writers)
        {
            using var buffer = new MemoryStream();
            writer.Write(document, buffer);
            outputs.Add((Path.Combine(outputFolder, $"{baseName}.{writer.Format}"), buffer.ToArray()));
        }
        SafeWrite.ReplaceAll(outputFolder, outputs);
        return new GenerationResult(validation, outputs.Select(o => new WrittenFile(o.Path, Convert.ToHexStringLower(SHA256.HashData(o.Bytes)))).ToList());
    }
}

/// <summary>What loading and checking a data file found; <see cref="Figures"/> is set only when nothing blocks generation.</summary>
public sealed record Validation(string DataFile, IReadOnlyList<Diagnostic> Diagnostics, BudgetFigures? Figures)
{
    public bool HasErrors => BudgetChecker.HasErrors(Diagnostics);

    /// <summary>The output files' name without extension (the pack's output_name, e.g. 部门-年度-部门预算公开), once the data can be generated.</summary>
    public string? OutputBaseName { get; init; }
}

/// <summary>The files a generation wrote (none when the data had errors).</summary>
public sealed record GenerationResult(Validation Validation, IReadOnlyList<WrittenFile> Files);

/// <summary>A file written, with the SHA-256 of its bytes (lower-case hex).</summary>
public sealed record WrittenFile(string Path, string Sha256);

/// <summary>Output file names that are safe on Windows and Linux (某某中心-2023-部门预算公开).</summary>
public static class OutputFileName
{
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];
    private static readonly string[] Reserved = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>
    /// The most UTF-8 bytes of a name: with an extension (.docx) and the temporary suffix it stays well inside the 255-byte
    /// limit of Linux and Windows file names (60 Chinese characters).
    /// </summary>
    public const int MaxBytes = 180;

    /// <summary>
    /// The name with characters no file system accepts (and control characters, lone surrogates) replaced, trimmed, a
    /// Windows device name prefixed, and a name longer than <see cref="MaxBytes"/> shortened deterministically: cut at a
    /// character boundary and followed by ~ and 8 hex digits of the full name's SHA-256, so different long names stay different.
    /// </summary>
    public static string Sanitize(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) { chars.Append(c).Append(name[++i]); continue; }
            chars.Append(char.IsControl(c) || char.IsSurrogate(c) || Forbidden.Contains(c) || c is '\uFFFD' or '\u2028' or '\u2029' ? '_' : c);
        }
        var safe = chars.ToString().Trim().TrimEnd('.', ' ');
        if (safe.Length == 0) safe = "报告";
        var stem = safe.Split('.')[0];
        if (Reserved.Contains(stem, StringComparer.OrdinalIgnoreCase)) safe = "_" + safe;
        if (System.Text.Encoding.UTF8.GetByteCount(safe) <= MaxBytes) return safe;
        var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(safe)))[..8];
        var budget = MaxBytes - 9;
        var cut = new System.Text.StringBuilder();
        var used = 0;
        foreach (var rune in safe.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget) break;
            cut.Append(rune.ToString());
            used += rune.Utf8SequenceLength;
        }
        return cut.ToString().TrimEnd('.', ' ') + "~" + hash;
    }
}
