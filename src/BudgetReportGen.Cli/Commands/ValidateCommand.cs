using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Loading;

namespace BudgetReportGen.Cli.Commands;

/// <summary><c>budgetgen validate &lt;file&gt;... [--format text|json]</c>: loads each data file, runs the checks, prints the findings.</summary>
public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";
    public string Summary => "检查预算数据文件（YAML 或 JSON），按文件列出问题";
    public string Usage => """
        用法：budgetgen validate <数据文件>... [--format text|json]

        检查一个或多个预算数据文件（.yaml/.yml/.json），按文件列出每个问题的位置（文件:行:列）、原因和修改方法。
          --format text   供人阅读（默认；在终端中带颜色）
          --format json   供程序读取的 JSON

        退出码：0 没有错误（可能有警告）；1 有错误；2 用法错误或有文件无法读取。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var files = new List<string>();
        var format = "text";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Count || args[i + 1] is not ("text" or "json"))
                    return Program.UsageError(context, "--format 后面应为 text 或 json。");
                format = args[++i];
            }
            else if (args[i].StartsWith('-') && args[i].Length > 1)
                return Program.UsageError(context, $"validate 不认识选项“{args[i]}”。");
            else
                files.Add(args[i]);
        }
        if (files.Count == 0) return Program.UsageError(context, "请给出要检查的数据文件，如 budgetgen validate data.yaml。");

        var results = files.Select(file => new FileFindings(file, Validate(file, context.Checker))).ToList();
        if (format == "json") DiagnosticReport.WriteJson(results, context.Output);
        else DiagnosticReport.WriteText(results, context.Console);

        var all = results.SelectMany(r => r.Diagnostics).ToList();
        if (all.Any(d => d.RuleId == "file.unreadable")) return ExitCodes.Usage;
        return all.Any(d => d.Severity == Severity.Error) ? ExitCodes.Errors : ExitCodes.Ok;
    }

    private static IReadOnlyList<Diagnostic> Validate(string file, DataChecker? checker)
    {
        var result = BudgetDataLoader.Load(file);
        if (result.Data is null || checker is null) return result.Diagnostics;
        return [.. result.Diagnostics, .. checker(result.Data, result.SourceMap).Select(result.SourceMap.Place)];
    }
}
