using BudgetReportGen.Templates.Generation.Batch;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary><c>budgetgen merge-results &lt;dirs&gt;... --out DIR</c>: one index, summary and manifest from the shards of a batch.</summary>
public sealed class MergeResultsCommand : ICommand
{
    public string Name => "merge-results";
    public string Summary => "合并多台机器分担（--shard）生成的结果目录";
    public string Usage => """
        用法：budgetgen merge-results <结果目录>... --out <目录>

        把 budgetgen generate --shard k/n 在各台机器上写出的结果目录合并为一个：复制各部门的报告，
        重新写出 index.html、summary.csv、summary.json、diagnostics.json 和 manifest.json，与不分份一次生成的结果相同。
        各份必须用同一模板包、同一版本的 budgetgen、同一组输入生成。
        退出码：0 已合并；2 用法错误或各份不能合并。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (options, error) = CommandOptions.Parse(args, Name, "--out");
        if (error is not null) return Program.UsageError(context, error);
        if (!options.Values.TryGetValue("--out", out var output)) return Program.UsageError(context, "请用 --out 给出合并后的目录。");
        var missing = options.Files.FirstOrDefault(f => !Directory.Exists(f));
        if (missing is not null) return Program.UsageError(context, $"结果目录“{missing}”不存在。");
        if (BatchResults.Merge(options.Files, output, Program.DrawIndexChart) is { } problem)
        {
            context.Console.MarkupLine($"[red]无法合并[/]：{TerminalText.Escape(problem)}");
            return ExitCodes.Usage;
        }
        var (_, departments) = BatchResults.Read(output);
        context.Console.MarkupLine($"[green]✓[/] 已合并 {options.Files.Count} 份结果，共 {departments.Count} 个部门：{TerminalText.Escape(Path.Combine(output, BatchResults.Index))}");
        return ExitCodes.Ok;
    }
}
