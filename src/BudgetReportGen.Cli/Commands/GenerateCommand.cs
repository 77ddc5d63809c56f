using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Templates.Generation.Batch;
using BudgetReportGen.Templates.Pack;
using BudgetReportGen.Writers.Docx;
using BudgetReportGen.Writers.Html;
using BudgetReportGen.Writers.Pdf;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Workbooks;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// <c>budgetgen generate &lt;files, folders or globs&gt;... [--template] [--format] [--out] [--jobs] [--layout] [--shard] [--quiet|--verbose]</c>:
/// checks each data file and writes its report. One file or a whole city: the pack is parsed once, departments run in
/// parallel with progress, a broken file fails only itself, and a batch leaves an index, summaries and a manifest.
/// </summary>
public sealed class GenerateCommand : ICommand
{
    private static readonly string[] AllFormats = ["html", "docx", "pdf", "xlsx"];
    private static readonly string[] DefaultFormats = ["html", "docx", "pdf"];

    public string Name => "generate";
    public string Summary => "校验数据并生成部门预算公开报告（HTML、Word、PDF），一个或一批";
    public string Usage => """
        用法：budgetgen generate <数据文件、文件夹或通配符>... [选项]

        校验每个数据文件；没有错误时按模板包生成报告，文件名为“<部门>-<年度>-部门预算公开.<格式>”。
        数据有错误时该部门不生成任何文件，并列出错误；只有警告时照常生成。一个文件出错不影响其他文件。
        文件夹：查找其中（含子文件夹）的 .yaml、.yml、.json 文件；通配符（如 "数据/*.json"、"**/*.yaml"）由本程序展开。
          --template   模板包目录或名称（默认：数据文件写明的，或模板包目录中 default-pack.txt 指定的）
          --format     输出格式，逗号分隔（默认 html,docx,pdf；xlsx 为全部表格的 Excel 工作簿）
          --packs      按名称查找模板包的文件夹（也可用环境变量 BUDGETGEN_PACKS；其次查程序旁的 templates/）
          --out        输出目录（默认 output/）
          --jobs       同时处理的部门数（默认为 CPU 核数）
          --layout     folders：每个部门一个文件夹；flat：都放在输出目录中（默认：一个文件时 flat，多个时 folders）
          --results    一个文件时也写出 index.html、summary.csv、summary.json、diagnostics.json、manifest.json（多个文件时总是写出）
          --shard k/n  只处理第 k 份（共 n 份，按文件路径稳定划分），用于多台机器分担；之后用 budgetgen merge-results 合并
          --quiet      只显示最后的汇总
          --verbose    显示每个部门的全部提示（默认批量时只显示错误与警告个数）
          --tolerance  勾稽关系的容差（默认 0；常用 0.01）
          --option     模板包的选项，名称=值，可重复（如 --option 图解=true 加入图解；可用的选项见 budgetgen templates list）
          --missing-chars warning|error  本机字体都没有的字符（生僻字、表情符号）：warning 照常生成并列出这些字符及其位置（默认），error 不生成

        生成 PDF 时，某个角色的正式字体（如仿宋_GB2312、方正小标宋简体）没有安装而用了替代字体，会给出警告并说明该安装什么；
        加 --verbose 列出每个角色所用的字体。某个字体缺少的字符自动改用其他已安装的字体显示。

        多个文件时在终端上显示进度条（已完成/总数、失败数、用时、预计剩余时间）；输出被重定向时每完成一个部门打印一行。
        只给出数据文件而不写命令（budgetgen 数据.yaml，或在 Windows 上把数据文件拖到 budgetgen.exe 上）时，报告生成在数据文件旁边。
        退出码：0 全部生成；1 有数据文件存在错误；2 用法错误、文件无法读取、模板包或字体问题。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (options, error) = CommandOptions.Parse(args, Name,
            ["--format", "--out", "--jobs", "--layout", "--shard", PdfFontReport.MissingCharsOption], ["--quiet", "--verbose", "--results"]);
        if (error is not null) return Program.UsageError(context, error);
        var formats = options.Values.GetValueOrDefault("--format", string.Join(",", DefaultFormats))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var unknown = formats.Except(AllFormats).ToList();
        if (formats.Count == 0 || unknown.Count > 0)
            return Program.UsageError(context, $"不支持的格式“{string.Join(",", unknown)}”；可用：{string.Join("、", AllFormats)}。");
        var jobs = Environment.ProcessorCount;
        if (options.Values.TryGetValue("--jobs", out var jobsText)
            && (!int.TryParse(jobsText, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1))
            return Program.UsageError(context, $"--jobs 应为正整数，如 4；实际为“{jobsText}”。");
        var layoutText = options.Values.GetValueOrDefault("--layout");
        if (layoutText is not (null or "folders" or "flat")) return Program.UsageError(context, $"--layout 应为 folders 或 flat；实际为“{layoutText}”。");
        Shard? shard = null;
        if (options.Values.TryGetValue("--shard", out var shardText))
        {
            (shard, var shardError) = Shard.Parse(shardText);
            if (shardError is not null) return Program.UsageError(context, shardError);
        }

        var (policy, policyError) = PdfFontReport.Policy(options);
        if (policyError is not null) return Program.UsageError(context, policyError);

        var outputFolder = options.Values.GetValueOrDefault("--out", "output");
        if (File.Exists(outputFolder))
            return Program.UsageError(context, $"--out 应为输出目录，但“{outputFolder}”是一个已有的文件。请换一个目录名，或删除该文件。");
        var (inputs, problems) = InputFiles.Expand(options.Files, outputFolder);
        if (problems.Count > 0) return Program.UsageError(context, string.Join(" ", problems));
        var files = shard is null ? inputs : inputs.Where(shard.Contains).ToList();
        var batch = inputs.Count > 1 || shard is not null;
        var flat = layoutText is null ? !batch : layoutText == "flat";
        var verbosity = options.Flags.Contains("--quiet") ? Verbosity.Quiet
            : options.Flags.Contains("--verbose") || !batch ? Verbosity.Verbose : Verbosity.Normal;

        if (Program.GeneratorsFor(files, options, context) is not { } generatorFor) return ExitCodes.Usage;
        var generators = files.Select(generatorFor).Distinct().ToList();
        if (formats.Contains("pdf") && verbosity != Verbosity.Quiet) PdfFontReport.PrintChoices(generators, options.Flags.Contains("--verbose"), context.Console);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs };

        // First check every file, so that two files naming the same report (same department and year) are caught before
        // anything is written; the later file in the command line is refused.
        var validations = new Validation[files.Count];
        var outcomes = new Outcome?[files.Count];
        Parallel.For(0, files.Count, parallel, i => outcomes[i] = Guard(files[i], () => { validations[i] = generatorFor(files[i]).Validate(files[i], options.Checks); return null; }));
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < files.Count; i++)
        {
            if (outcomes[i] is not null || validations[i].OutputBaseName is not { } name) continue;
            if (!claimed.TryAdd(name, files[i]))
                outcomes[i] = new Outcome(files[i], validations[i].Diagnostics, [], null,
                    $"与 {claimed[name]} 生成同名的报告“{name}”（同一部门、同一年度），未生成。请分别生成到不同的 --out 目录。", ExitCodes.Errors);
        }

        var progress = new ProgressReporter(context, files.Count, verbosity, batch);
        progress.Run(report => Parallel.For(0, files.Count, parallel, i =>
        {
            outcomes[i] ??= Guard(files[i], () =>
            {
                var folder = flat || validations[i].OutputBaseName is not { } name ? outputFolder : Path.Combine(outputFolder, name);
                var generator = generatorFor(files[i]);
                var warnings = new List<string>();
                var writers = formats.Select(f => Writer(f, generator, policy, warnings.Add)).ToList();
                var result = generator.Write(validations[i], writers, folder);
                // A character no PDF font has: with --missing-chars warning the PDF is written and the character reported.
                IReadOnlyList<Diagnostic> diagnostics = [.. result.Validation.Diagnostics, .. warnings.Select(w => PdfFontReport.MissingCharacters(files[i], w, Severity.Warning))];
                return new Outcome(files[i], diagnostics, result.Files, validations[i], null, DiagnosticReport.ExitCode(diagnostics));
            });
            report(outcomes[i]!);
        }));

        var done = outcomes.Select(o => o!).ToList(); // every file has an outcome after the second pass
        if (batch || options.Flags.Contains("--results"))
        {
            // One pack as a rule (files naming other packs are listed with the first pack's unit for their key figures); a shard
            // that got no file still records the pack it was run with, so its results merge with the others.
            var used = generators.Count > 0 ? generators : Program.OpenGenerator(options, context, announce: false) is { } fallback ? [fallback] : [];
            if (used.Count == 0) return ExitCodes.Usage;
            var pack = used[0].Pack;
            var info = new BatchInfo(Program.Version, string.Join("、", used.Select(g => g.Pack.Id)), pack.Name,
                string.Join("、", used.Select(g => g.Pack.Version)), pack.AmountUnit == Core.Model.AmountUnit.Yuan ? "元" : "万元",
                string.Join("、", pack.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={(o.Value ? "true" : "false")}")));
            BatchResults.Write(outputFolder, info, done.Select(o => Record(o, outputFolder, pack)), Program.DrawIndexChart);
            if (verbosity != Verbosity.Quiet)
                context.Console.MarkupLine($"结果一览：{TerminalText.Escape(Path.Combine(outputFolder, BatchResults.Index))}（另有 summary.csv、summary.json、diagnostics.json、manifest.json）");
        }
        if (done.Count > 1 || verbosity == Verbosity.Quiet) PrintSummary(done, context.Console, progress.Elapsed);
        return done.Count == 0 ? ExitCodes.Ok : done.Max(o => o.ExitCode);
    }

    private static IDocumentWriter Writer(string format, ReportGenerator generator, MissingCharacterPolicy policy, Action<string> warn) => format switch
    {
        "html" => new HtmlWriter(),
        "docx" => new DocxWriter(),
        "xlsx" => new TablesWorkbookWriter(),
        _ => new PdfWriter(new PdfWriterOptions([generator.Pack.FontsFolder], policy, warn)),
    };

    private enum Verbosity { Quiet, Normal, Verbose }

    private sealed record Outcome(string File, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<WrittenFile> Written,
        Validation? Validation, string? Failure, int ExitCode)
    {
        public Outcome(string file, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<WrittenFile> written, string? failure, int exitCode)
            : this(file, diagnostics, written, null, failure, exitCode) { }

        public bool Succeeded => Written.Count > 0;
        public string Reason => Failure ?? Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "未生成。";
    }

    private static DepartmentRecord Record(Outcome o, string outputFolder, TemplatePack pack)
    {
        var figures = o.Validation?.Figures;
        return new DepartmentRecord
        {
            Input = o.File.Replace('\\', '/'),
            InputSha256 = File.Exists(o.File) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(o.File))) : "",
            Department = figures?.Data.Department.Name,
            Year = figures?.Data.Year,
            Succeeded = o.Succeeded,
            Failure = o.Succeeded ? null : o.Reason,
            Errors = o.Diagnostics.Count(d => d.Severity == Severity.Error),
            Warnings = o.Diagnostics.Count(d => d.Severity == Severity.Warning),
            Figures = figures is null ? null : KeyFigures.Of(figures, pack.ScaleFrom(figures.Data.Unit)),
            Outputs = o.Written.Select(w => w with { Path = Path.GetRelativePath(outputFolder, w.Path).Replace('\\', '/') }).ToList(),
            Diagnostics = o.Diagnostics.Select(DiagnosticRecord.Of).ToList(),
        };
    }

    /// <summary>Runs one file's step; a problem becomes that file's outcome, so one file never stops the others.</summary>
    private static Outcome? Guard(string file, Func<Outcome?> step)
    {
        try
        {
            return step();
        }
        catch (TemplateException e)
        {
            return new Outcome(file, [], [], $"模板包错误：{e.Message}", ExitCodes.Usage);
        }
        catch (DocumentWriteException e)
        {
            return new Outcome(file, [], [], e.Message, ExitCodes.Usage);
        }
        catch (OutputWriteException e)
        {
            return new Outcome(file, [], [], e.Message, ExitCodes.Usage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(file, [], [], SafeWrite.Explain(e, file).Message, ExitCodes.Usage);
        }
        catch (Exception e)
        {
            return new Outcome(file, [], [], $"内部错误（{e.GetType().Name}：{e.Message}），请把命令和数据文件发给维护人员。", ExitCodes.InternalError);
        }
    }

    /// <summary>
    /// Shows how far a run is: on a terminal, for a batch, a live bar (done / total, failures, elapsed, remaining); otherwise one
    /// line per department as it finishes. Each department's findings are printed whole for a single file or with --verbose,
    /// counted otherwise (errors of a failed department are always shown whole).
    /// </summary>
    private sealed class ProgressReporter(CliContext context, int total, Verbosity verbosity, bool batch)
    {
        private readonly Lock _lock = new();
        private readonly Stopwatch _clock = new();
        private int _done;
        private int _failed;

        public TimeSpan Elapsed => _clock.Elapsed;

        public void Run(Action<Action<Outcome>> work)
        {
            _clock.Start();
            var console = context.Console;
            if (batch && verbosity != Verbosity.Quiet && console.Profile.Capabilities.Interactive)
            {
                console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("生成报告", maxValue: total);
                        work(outcome =>
                        {
                            lock (_lock)
                            {
                                Count(outcome);
                                task.Description = $"已完成 {_done}/{total}，失败 {_failed}";
                                task.Increment(1);
                            }
                        });
                    });
                return;
            }
            work(outcome =>
            {
                lock (_lock)
                {
                    Count(outcome);
                    if (verbosity != Verbosity.Quiet) Print(outcome);
                }
            });
        }

        private void Count(Outcome outcome)
        {
            _done++;
            if (!outcome.Succeeded) _failed++;
        }

        private void Print(Outcome outcome)
        {
            var console = context.Console;
            var prefix = batch ? TerminalText.Escape($"[{_done}/{total}] ") : "";
            var warnings = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (verbosity == Verbosity.Verbose && outcome.Diagnostics.Count > 0)
                DiagnosticReport.WriteFindings(new FileFindings(outcome.File, outcome.Diagnostics), console);
            else if (!outcome.Succeeded && outcome.Diagnostics.Any(d => d.Severity == Severity.Error))
                DiagnosticReport.WriteFindings(new FileFindings(outcome.File, outcome.Diagnostics.Where(d => d.Severity == Severity.Error).ToList()), console);
            if (outcome.Failure is not null)
                console.MarkupLine($"{prefix}[red]✗[/] {TerminalText.Escape(outcome.File)}：{TerminalText.Escape(outcome.Failure)}");
            else if (!outcome.Succeeded)
                console.MarkupLine($"{prefix}[red]✗[/] {TerminalText.Escape(outcome.File)}：数据有错误，未生成报告。请按上面的提示修改后重试。");
            else if (batch)
                console.MarkupLine($"{prefix}[green]✓[/] {TerminalText.Escape(outcome.File)} → {TerminalText.Escape(Path.GetDirectoryName(outcome.Written[0].Path) ?? "")}"
                    + (warnings > 0 && verbosity != Verbosity.Verbose ? $"（{warnings} 个警告，见 diagnostics.json 或加 --verbose）" : ""));
            else
                foreach (var written in outcome.Written) console.MarkupLine($"[green]✓[/] 已生成 {TerminalText.Escape(written.Path)}");
        }
    }

    private static void PrintSummary(IReadOnlyList<Outcome> outcomes, IAnsiConsole console, TimeSpan elapsed)
    {
        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        console.WriteLine();
        console.MarkupLine($"共 {outcomes.Count} 个数据文件：成功 {outcomes.Count - failed.Count} 个，失败 {failed.Count} 个。用时 {elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} 秒。");
        foreach (var o in failed)
        {
            var errors = o.Diagnostics.Count(d => d.Severity == Severity.Error);
            console.MarkupLine($"  [red]✗[/] {TerminalText.Escape(o.File)}：{TerminalText.Escape(o.Reason)}{(errors > 1 ? $"（共 {errors} 个错误）" : "")}");
        }
    }
}
