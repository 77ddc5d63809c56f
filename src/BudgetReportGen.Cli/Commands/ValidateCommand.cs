using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Writers.Pdf.Fonts;

namespace BudgetReportGen.Cli.Commands;

/// <summary><c>budgetgen validate &lt;file&gt;... [--format text|json]</c>: loads each data file, runs the checks, prints the findings.</summary>
public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";
    public string Summary => "检查预算数据文件（YAML 或 JSON），按文件列出问题";
    public string Usage => """
        用法：budgetgen validate <数据文件>... [--format text|json] [--template <模板包>] [--packs <文件夹>] [--tolerance <容差>] [--missing-chars warning|error]

        检查一个或多个预算数据文件（.yaml/.yml/.json），按文件列出每个问题的位置（文件:行:列）、原因和修改方法。
          --format text   供人阅读（默认；在终端中带颜色）
          --format json   供程序读取的 JSON
          --template      模板包目录或名称（默认：数据文件写明的，或模板包目录中 default-pack.txt 指定的），其分类目录用于核对科目编码与名称
          --packs         按名称查找模板包的文件夹（也可用环境变量 BUDGETGEN_PACKS；其次查程序旁的 templates/）
          --tolerance     勾稽关系的容差（默认 0，即完全相等；常用 0.01）
          --option        模板包的选项，名称=值，可重复（如 --option 图解=true）：按生成时的选项校验
          --missing-chars 本机字体（含模板包的 fonts/）都没有、PDF 中会缺的字符：warning 列为警告（默认），error 列为错误

        退出码：0 没有错误（可能有警告）；1 有错误；2 用法错误或有文件无法读取。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (options, error) = CommandOptions.Parse(args, Name, "--format", PdfFontReport.MissingCharsOption);
        if (error is not null) return Program.UsageError(context, error);
        var (policy, policyError) = PdfFontReport.Policy(options);
        if (policyError is not null) return Program.UsageError(context, policyError);
        var format = options.Values.GetValueOrDefault("--format", "text");
        if (format is not ("text" or "json")) return Program.UsageError(context, "--format 后面应为 text 或 json。");
        if (Program.GeneratorsFor(options.Files, options, context, announce: format != "json") is not { } generatorFor) return ExitCodes.Usage;

        var results = options.Files.Select(file => new FileFindings(file, Check(file, generatorFor(file), options, policy))).ToList();
        if (format == "json") DiagnosticReport.WriteJson(results, context.Output, generatorFor(options.Files[0]).Pack);
        else DiagnosticReport.WriteText(results, context.Console);
        return DiagnosticReport.ExitCode(results.SelectMany(r => r.Diagnostics));
    }

    /// <summary>The data's findings and, when it can be generated, the PDF's (characters no installed font has), as generate would find them.</summary>
    private static IReadOnlyList<Diagnostic> Check(string file, ReportGenerator generator, CommandOptions options, MissingCharacterPolicy policy)
    {
        var (validation, document) = generator.Render(file, options.Checks);
        return document is null ? validation.Diagnostics
            : [.. validation.Diagnostics, .. PdfFontReport.Check(file, document, generator.Pack.FontsFolder, policy)];
    }
}
