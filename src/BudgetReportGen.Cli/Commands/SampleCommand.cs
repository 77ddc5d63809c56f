using System.Globalization;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Sampling;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// <c>budgetgen sample --count N --seed S --out DIR [--template PACK] [--format yaml|json|both] [--year Y]</c>: writes N generated
/// sample departments (consistent data files drawn from the pack's classification lists), the same files for the same seed.
/// </summary>
public sealed class SampleCommand : ICommand
{
    private static readonly string[] Formats = ["yaml", "json", "both"];
    private static readonly string[] Options = ["--count", "--seed", "--out", "--template", "--format", "--year"];

    public string Name => "sample";
    public string Summary => "生成示例预算数据文件（虚构单位，数据勾稽一致），用于试用和测试";
    public string Usage => """
        用法：budgetgen sample --count <个数> [--seed <种子>] [--out <目录>] [--template <模板包>] [--format yaml|json|both] [--year <年度>]

        按模板包的分类科目表生成若干个虚构单位的预算数据文件，文件名为 sample-0001.yaml、sample-0002.yaml ……
        每个文件都能通过 budgetgen validate 的检查；同一种子每次生成的文件完全相同。
          --count      生成的文件个数（1–100000）
          --seed       随机种子（整数，默认 1）；换一个种子得到另一批单位
          --out        输出目录（默认 samples/）
          --template   模板包目录或名称（默认：数据文件写明的，或模板包目录中 default-pack.txt 指定的），科目编码和名称取自其分类目录
          --format     yaml（默认）、json，或 both（YAML 与 JSON 交替）
          --year       预算年度（默认为模板包的年度）

        退出码：0 已生成；2 用法错误、模板包问题或无法写入输出目录。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!Options.Contains(args[i]))
                return Program.UsageError(context, args[i].StartsWith("--", StringComparison.Ordinal)
                    ? $"sample 不认识选项“{args[i]}”。"
                    : $"sample 不需要数据文件，多余的参数“{args[i]}”。");
            if (i + 1 >= args.Count) return Program.UsageError(context, $"选项 {args[i]} 后面应给出值。");
            values[args[i]] = args[++i];
        }
        if (!values.TryGetValue("--count", out var countText))
            return Program.UsageError(context, "请用 --count 给出要生成的文件个数，如 budgetgen sample --count 10。");
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100_000)
            return Program.UsageError(context, $"--count 应为 1 到 100000 之间的整数；实际为“{countText}”。");
        var seedText = values.GetValueOrDefault("--seed", "1");
        if (!int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            return Program.UsageError(context, $"--seed 应为整数；实际为“{seedText}”。");
        var format = values.GetValueOrDefault("--format", "yaml");
        if (!Formats.Contains(format)) return Program.UsageError(context, $"--format 后面应为 yaml、json 或 both；实际为“{format}”。");
        int? year = null;
        if (values.TryGetValue("--year", out var yearText))
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
                return Program.UsageError(context, $"--year 应为 2000 到 2100 之间的年份；实际为“{yearText}”。");
            year = y;
        }

        var options = new CommandOptions();
        if (values.TryGetValue("--template", out var template)) options.Values["--template"] = template;
        if (Program.OpenGenerator(options, context) is not { } report) return ExitCodes.Usage;

        DepartmentGenerator generator;
        try
        {
            generator = new DepartmentGenerator(report.Catalog, new SampleOptions { Year = year ?? report.Pack.Year });
        }
        catch (ArgumentException e)
        {
            context.Console.MarkupLine($"[red]分类目录错误[/]：{TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        var folder = values.GetValueOrDefault("--out", "samples");
        var digits = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        try
        {
            Directory.CreateDirectory(folder);
            var files = new string[count];
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var json = format == "json" || (format == "both" && i % 2 == 1);
                var path = Path.Combine(folder, $"sample-{(i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}.{(json ? "json" : "yaml")}");
                var data = generator.Generate(seed, i);
                var text = json
                    ? BudgetDataWriter.ToJson(data)
                    : BudgetDataWriter.ToYaml(data, [$"示例数据：由 budgetgen sample 生成（种子 {seed}，第 {i + 1} 个），单位和数字均为虚构。"]);
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                files[i] = path;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Console.MarkupLine($"[red]无法写入[/]：{TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is IOException or UnauthorizedAccessException))
        {
            context.Console.MarkupLine($"[red]无法写入[/]：{TerminalText.Escape(e.InnerExceptions[0].Message)}");
            return ExitCodes.Usage;
        }

        context.Console.MarkupLine($"[green]✓[/] 已在 {TerminalText.Escape(folder)} 生成 {count} 个示例数据文件（种子 {seed}，{generator.Options.Year} 年度）。");
        context.Console.MarkupLine($"用 [bold]budgetgen validate {TerminalText.Escape(Path.Combine(folder, "sample-*"))}[/] 检查，或用 [bold]budgetgen generate[/] 生成报告。");
        return ExitCodes.Ok;
    }
}
