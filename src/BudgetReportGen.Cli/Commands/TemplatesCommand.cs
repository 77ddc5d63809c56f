using System.Globalization;
using BudgetReportGen.Templates;
using BudgetReportGen.Templates.Generation;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// The bureau's pack tools: <c>budgetgen templates list</c> shows the packs that can be named with --template;
/// <c>budgetgen templates check &lt;pack&gt;</c> parses every template and table spec and renders the pack for a corpus of
/// generated departments, so a fault in a branch the sample never reaches is found.
/// </summary>
public sealed class TemplatesCommand : ICommand
{
    public string Name => "templates";
    public string Summary => "模板包工具：列出可用的模板包（list），检查一个模板包（check）";
    public string Usage => """
        用法：budgetgen templates list
              budgetgen templates check <模板包目录或名称> [--count <部门数>]
              budgetgen templates digest <模板包目录或名称>

        list   列出可以用 --template 指定的模板包（名称、版本、年度、目录）。
        check  解析模板包的每个模板和表定义，再用程序生成的一批部门（默认 200 个：各种科目，各项内容有与没有）
               在内存中逐一试生成报告；列出每个问题的文件、行、列和原因（遇到这个问题的部门数）。
        digest 显示模板包的摘要（SHA-256，覆盖包中每个文件）：财政局随模板包公布它，各部门用 generate/validate 的
               --pack-sha256 <摘要>（或环境变量 BUDGETGEN_PACK_SHA256）核对所用模板包与发布的一致。
        退出码：0 没有问题；1 发现问题；2 用法错误或模板包无法读取。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0 || args[0] is not ("list" or "check" or "digest"))
            return Program.UsageError(context, "请写 budgetgen templates list、budgetgen templates check <模板包> 或 budgetgen templates digest <模板包>。");
        return args[0] switch
        {
            "list" => List(context),
            "digest" => Digest(args.Skip(1).ToList(), context),
            _ => Check(args.Skip(1).ToList(), context),
        };
    }

    private static int Digest(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count != 1) return Program.UsageError(context, "请写 budgetgen templates digest <模板包目录或名称>。");
        var folder = PackLocator.Find(args[0], PackLocator.SearchFolders(null));
        if (folder is null) return Program.UsageError(context, $"找不到模板包“{args[0]}”。");
        context.Output.WriteLine($"{Templates.Pack.PackDigest.Compute(folder)}  {TerminalText.Visible(folder)}");
        return ExitCodes.Ok;
    }

    private static int List(CliContext context)
    {
        var table = new Table().AddColumns("名称", "模板包", "版本", "年度", "选项（默认）", "目录");
        var found = 0;
        foreach (var folder in PackLocator.Installed(PackLocator.SearchFolders(null)))
        {
            try
            {
                var pack = context.OpenPack(folder).Pack;
                table.AddRow(TerminalText.Escape(Path.GetFileName(folder)), TerminalText.Escape(pack.Name), TerminalText.Escape(pack.Version),
                    pack.Year.ToString(CultureInfo.InvariantCulture),
                    TerminalText.Escape(string.Join(" ", pack.Options.Select(o => $"{o.Key}={(o.Value ? "true" : "false")}"))), TerminalText.Escape(folder));
            }
            catch (Exception e) when (e is TemplateException or Core.Classification.ClassificationCatalogException)
            {
                table.AddRow(TerminalText.Escape(Path.GetFileName(folder)), "[red]无法读取[/]", "", "", "", TerminalText.Escape(folder));
            }
            found++;
        }
        if (found == 0)
        {
            context.Console.MarkupLine("没有找到模板包。");
            return ExitCodes.Ok;
        }
        context.Console.Write(table);
        return ExitCodes.Ok;
    }

    private static int Check(IReadOnlyList<string> args, CliContext context)
    {
        var (options, error) = CommandOptions.Parse(args, "templates check", "--count");
        if (error is not null) return Program.UsageError(context, error.Replace("数据文件", "模板包"));
        var count = 200;
        if (options.Values.TryGetValue("--count", out var countText)
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 100_000))
            return Program.UsageError(context, $"--count 应为 1–100000 之间的整数；实际为“{countText}”。");
        if (options.Files.Count != 1) return Program.UsageError(context, "请给出一个模板包（目录或名称）。");
        options.Values["--template"] = options.Files[0];
        if (Program.OpenGenerator(options, context) is not { } generator) return ExitCodes.Usage;

        var problems = PackCheck.Run(generator, count);
        var pack = generator.Pack;
        if (problems.Count == 0)
        {
            context.Console.MarkupLine($"[green]✓[/] 模板包“{TerminalText.Escape(pack.Name)}”（{TerminalText.Escape(pack.Version)}）：解析无误，{count} 个生成的部门都能生成报告。");
            return ExitCodes.Ok;
        }
        foreach (var p in problems)
            context.Console.MarkupLine($"  [red]错误[/] [grey]{TerminalText.Escape($"{p.File}:{p.Line}:{p.Column}")}[/] {TerminalText.Escape(p.Reason)}"
                + $" [grey]（{p.Departments} 个部门遇到，如第 {p.FirstDepartment + 1} 个；用 budgetgen sample --count {p.FirstDepartment + 1} 可得到它的数据）[/]");
        context.Console.MarkupLine($"[red]模板包“{TerminalText.Escape(pack.Name)}”有 {problems.Count} 个问题[/]（检查了 {count} 个生成的部门）。");
        return ExitCodes.Errors;
    }
}
