using System.Globalization;
using BudgetReportGen.Core.Loading;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// <c>budgetgen init [--template PACK] [--from LAST-YEAR] [-o FILE | --xlsx FILE] [--force]</c>: writes a data file to fill in —
/// commented YAML with every field, or the data-entry workbook — empty, or carried over from last year's file.
/// </summary>
public sealed class InitCommand : ICommand
{
    public string Name => "init";
    public string Summary => "生成待填写的数据文件（带注释的 YAML 或 Excel 填报工作簿），可沿用上年数据";
    public string Usage => """
        用法：budgetgen init [--template <模板包>] [--from <上年数据文件>] [-o <输出文件>] [--xlsx <工作簿>] [--force]

        生成一个待填写的数据文件：
          · 默认写带注释的 YAML，列出数据格式的每一个字段（没有的填 0 或留空）；
          · --xlsx <文件>（或 -o 文件名以 .xlsx 结尾）写 Excel 数据填报工作簿：每部分一张工作表，中文表头，
            科目编码和可选值有下拉列表，灰色单元格由程序计算；填好后可直接 validate / generate。
          --template   模板包目录或名称（默认：数据文件写明的，或模板包目录中 default-pack.txt 指定的）：年度取模板包的年度，下拉列表取它的分类目录
          --from       上年的数据文件（.yaml/.json/.xlsx）：沿用单位信息、职责、机构、项目名称和类别、绩效指标名称、
                       支出科目，并把上年的收支总预算、财政拨款、“三公”经费、机关运行经费和各“项”合计填为本年的“上年数”；
                       本年金额为 0 或留空，年度为上年 + 1，公开日期顺延一年
          -o, --out    输出文件（.yaml/.yml/.json/.xlsx；默认“预算数据-<年度>.yaml”）
          --force      输出文件已存在时覆盖（默认不覆盖）

        退出码：0 已生成；1 上年数据文件有错误；2 用法错误、模板包问题或无法写入。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (values, files, flags, error) = DataFileOutput.Parse(args, Name, ["--template", "--from", "--out", "--xlsx"], ["--force"]);
        if (error is not null) return Program.UsageError(context, error);
        if (files.Count > 0) return Program.UsageError(context, $"init 多余的参数“{files[0]}”：上年数据文件用 --from 给出，输出文件用 -o 给出。");
        if (values.ContainsKey("--out") && values.ContainsKey("--xlsx")) return Program.UsageError(context, "-o 与 --xlsx 只能给出一个。");
        if (values.TryGetValue("--xlsx", out var xlsx) && !BudgetDataLoader.IsWorkbook(xlsx))
            return Program.UsageError(context, $"--xlsx 的文件名应以 .xlsx 结尾；实际为“{xlsx}”。");
        var options = new CommandOptions();
        if (values.TryGetValue("--template", out var template)) options.Values["--template"] = template;
        if (Program.OpenGenerator(options, context) is not { } generator) return ExitCodes.Usage;

        Core.Model.BudgetData data;
        List<string> header;
        if (values.TryGetValue("--from", out var from))
        {
            var load = BudgetDataLoader.Load(from);
            if (load.Data is null || load.HasErrors)
            {
                DataFileOutput.Print(from, load, context.Console);
                context.Console.MarkupLine($"[red]✗[/] 上年数据文件 {TerminalText.Escape(from)} 有错误，未生成。请先改正（或不用 --from）。");
                return DiagnosticReport.ExitCode(load.Diagnostics);
            }
            data = NewYearData.From(load.Data);
            header =
            [
                $"{data.Department.Name} {data.Year} 年部门预算数据（由 budgetgen init 根据 {Path.GetFileName(from)} 生成）",
                "",
                "已沿用上年的单位信息、职责、机构、项目和绩效指标名称、支出科目；上年的收支总预算、财政拨款、“三公”经费、",
                "机关运行经费和各“项”合计已填为本年的上年数（last_year）。本年金额都是 0 或空，请按本年预算填写。",
                "字段含义见 docs/data-format.md；填好后运行 budgetgen validate 检查。",
            ];
            if (data.Year != generator.Pack.Year)
                context.Console.MarkupLine($"[yellow]注意[/]：上年数据为 {load.Data.Year} 年，新文件为 {data.Year} 年，与模板包“{TerminalText.Escape(generator.Pack.Name)}”的年度 {generator.Pack.Year} 不同；生成报告时请选用 {data.Year} 年的模板包。");
        }
        else
        {
            data = NewYearData.Empty(generator.Pack.Year);
            header =
            [
                $"{data.Year} 年部门预算数据（由 budgetgen init 生成的空白文件）",
                "",
                "列出了数据格式的每一个字段：金额按 unit 指定的单位填写数字本身，没有的保持 0 或空；编码加英文双引号。",
                "类、款和合计由程序汇总，不要重复填写。字段含义见 docs/data-format.md，完整示例见 data/examples/。",
                "填好后运行 budgetgen validate 检查，再用 budgetgen generate 生成报告。",
            ];
        }

        var output = xlsx ?? values.GetValueOrDefault("--out") ?? $"预算数据-{data.Year.ToString(CultureInfo.InvariantCulture)}.yaml";
        if (!DataFileOutput.IsSupported(output))
            return Program.UsageError(context, $"不支持的文件类型“{Path.GetExtension(output)}”：可用 {string.Join("、", DataFileOutput.Extensions)}。");
        if (File.Exists(output) && !flags.Contains("--force"))
            return Program.UsageError(context, $"文件 {output} 已存在，未覆盖。换一个文件名，或加 --force 覆盖。");
        try
        {
            DataFileOutput.Write(data, output, () => generator.Catalog, header, commented: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Console.MarkupLine($"[red]无法写入[/]：{TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        context.Console.MarkupLine($"[green]✓[/] 已生成 {TerminalText.Escape(output)}（{data.Year} 年度）。");
        context.Console.MarkupLine($"填写后运行 [bold]budgetgen validate {TerminalText.Escape(output)}[/] 检查，再用 [bold]budgetgen generate {TerminalText.Escape(output)}[/] 生成报告。");
        return ExitCodes.Ok;
    }
}
