using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Writers.Docx;
using BudgetReportGen.Writers.Html;
using BudgetReportGen.Writers.Pdf;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// <c>budgetgen generate &lt;file&gt;... [--template] [--format html,docx,pdf] [--out dir]</c>: checks each data file and writes its report.
/// Several files are generated in parallel (a bureau's batch), with a summary of what failed and why.
/// </summary>
public sealed class GenerateCommand : ICommand
{
    private static readonly string[] AllFormats = ["html", "docx", "pdf"];

    public string Name => "generate";
    public string Summary => "校验数据并生成部门预算公开报告（HTML、Word、PDF）";
    public string Usage => """
        用法：budgetgen generate <数据文件>... [--template <模板包>] [--packs <文件夹>] [--format html,docx,pdf] [--out <目录>] [--tolerance <容差>]

        校验每个数据文件；没有错误时按模板包生成报告，文件名为“<部门>-<年度>-部门预算公开.<格式>”。
        数据有错误时不生成任何文件，并列出错误；只有警告时照常生成并列出警告。
          --template   模板包目录或名称（默认 liaoning-2023）
          --packs      按名称查找模板包的文件夹（也可用环境变量 BUDGETGEN_PACKS；其次查程序旁的 templates/）
          --format     输出格式，逗号分隔（默认全部：html,docx,pdf）
          --out        输出目录（默认 output/）
          --tolerance  勾稽关系的容差（默认 0；常用 0.01）

        给出多个数据文件时并行生成，最后汇总成功与失败（及原因）。
        只给出一个数据文件而不写命令（budgetgen 数据.yaml，或在 Windows 上把数据文件拖到 budgetgen.exe 上）时，报告生成在数据文件旁边。
        退出码：0 全部生成；1 有数据文件存在错误；2 用法错误、文件无法读取、模板包或字体问题。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (options, error) = CommandOptions.Parse(args, Name, "--format", "--out");
        if (error is not null) return Program.UsageError(context, error);
        var formats = options.Values.GetValueOrDefault("--format", string.Join(",", AllFormats))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var unknown = formats.Except(AllFormats).ToList();
        if (formats.Count == 0 || unknown.Count > 0)
            return Program.UsageError(context, $"不支持的格式“{string.Join(",", unknown)}”；可用：{string.Join("、", AllFormats)}。");
        if (Program.OpenGenerator(options, context) is not { } generator) return ExitCodes.Usage;

        var writers = formats.Select(f => Writer(f, generator)).ToList();
        var outputFolder = options.Values.GetValueOrDefault("--out", "output");
        var files = options.Files;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // First check every file, so that two files naming the same report (same department and year) are caught before
        // anything is written; the later file in the command line is refused.
        var validations = new Validation[files.Count];
        var outcomes = new Outcome?[files.Count];
        Parallel.For(0, files.Count, parallel, i => outcomes[i] = Guard(files[i], () => { validations[i] = generator.Validate(files[i], options.Checks); return null; }));
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < files.Count; i++)
        {
            if (outcomes[i] is not null || validations[i].OutputBaseName is not { } name) continue;
            if (!claimed.TryAdd(name, files[i]))
                outcomes[i] = new Outcome(files[i], validations[i].Diagnostics, [],
                    $"与 {claimed[name]} 生成同名的报告“{name}”（同一部门、同一年度），未生成。请分别生成到不同的 --out 目录。", ExitCodes.Errors);
        }
        Parallel.For(0, files.Count, parallel, i => outcomes[i] ??= Guard(files[i], () =>
        {
            var result = generator.Write(validations[i], writers, outputFolder);
            return new Outcome(files[i], result.Validation.Diagnostics, result.Files, null, DiagnosticReport.ExitCode(result.Validation.Diagnostics));
        }));

        var done = outcomes.Select(o => o!).ToList(); // every file has an outcome after the second pass
        foreach (var outcome in done) Print(outcome, context.Console);
        if (done.Count > 1) PrintSummary(done, context.Console);
        return done.Max(o => o.ExitCode);
    }

    private static IDocumentWriter Writer(string format, ReportGenerator generator) => format switch
    {
        "html" => new HtmlWriter(),
        "docx" => new DocxWriter(),
        _ => new PdfWriter(new PdfWriterOptions([generator.Pack.FontsFolder])),
    };

    private sealed record Outcome(string File, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, string? Failure, int ExitCode);

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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(file, [], [], $"无法写入输出文件：{e.Message}", ExitCodes.Usage);
        }
        catch (Exception e)
        {
            return new Outcome(file, [], [], $"内部错误（{e.GetType().Name}：{e.Message}），请把命令和数据文件发给维护人员。", ExitCodes.InternalError);
        }
    }

    private static void Print(Outcome outcome, IAnsiConsole console)
    {
        if (outcome.Diagnostics.Count > 0) DiagnosticReport.WriteFindings(new FileFindings(outcome.File, outcome.Diagnostics), console);
        if (outcome.Failure is not null)
            console.MarkupLine($"[red]✗[/] {Markup.Escape(outcome.File)}：{Markup.Escape(outcome.Failure)}");
        else if (outcome.Written.Count == 0)
            console.MarkupLine($"[red]✗[/] {Markup.Escape(outcome.File)}：数据有错误，未生成报告。请按上面的提示修改后重试。");
        else
            foreach (var path in outcome.Written) console.MarkupLine($"[green]✓[/] 已生成 {Markup.Escape(path)}");
    }

    private static void PrintSummary(IReadOnlyList<Outcome> outcomes, IAnsiConsole console)
    {
        var failed = outcomes.Where(o => o.Written.Count == 0).ToList();
        console.WriteLine();
        console.MarkupLine($"共 {outcomes.Count} 个数据文件：成功 {outcomes.Count - failed.Count} 个，失败 {failed.Count} 个。");
        foreach (var o in failed)
        {
            var reason = o.Failure ?? o.Diagnostics.First(d => d.Severity == Severity.Error).Message;
            var errors = o.Diagnostics.Count(d => d.Severity == Severity.Error);
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(o.File)}：{Markup.Escape(reason)}{(errors > 1 ? $"（共 {errors} 个错误）" : "")}");
        }
    }
}
