using BudgetReportGen.Core.Loading;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// <c>budgetgen convert &lt;in&gt; &lt;out&gt; [--template PACK]</c>: the same data as .yaml, .json or .xlsx, in any direction,
/// losslessly for everything the data format holds (a workbook's drop-downs list the pack's codes).
/// </summary>
public sealed class ConvertCommand : ICommand
{
    public string Name => "convert";
    public string Summary => "在 YAML、JSON 与 Excel 工作簿（.xlsx）之间转换数据文件";
    public string Usage => """
        用法：budgetgen convert <输入文件> <输出文件> [--template <模板包>]

        按扩展名在 .yaml/.yml、.json 与 .xlsx（数据填报工作簿）之间转换，任意方向，数据内容完全相同。
        输入文件有错误时不写输出文件，并列出错误（工作簿的错误指出工作表和单元格，如 支出功能分类!C14）。
          --template   模板包目录或名称（默认：数据文件写明的，或模板包目录中 default-pack.txt 指定的）；写 .xlsx 时下拉列表中的科目编码取自它的分类目录

        YAML 中的注释不会保留（工作簿中的说明由程序生成）。
        退出码：0 已转换；1 输入文件有错误；2 用法错误、文件无法读取或写入。
        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (values, files, _, error) = DataFileOutput.Parse(args, Name, ["--template"], []);
        if (error is not null) return Program.UsageError(context, error);
        if (files.Count != 2) return Program.UsageError(context, "请给出输入文件和输出文件，如 budgetgen convert data.yaml data.xlsx。");
        var (input, output) = (files[0], files[1]);
        foreach (var file in files)
            if (!DataFileOutput.IsSupported(file))
                return Program.UsageError(context, $"不支持的文件类型“{Path.GetExtension(file)}”（{file}）：可用 {string.Join("、", DataFileOutput.Extensions)}。");
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.OrdinalIgnoreCase))
            return Program.UsageError(context, "输出文件不能与输入文件相同。");

        var load = BudgetDataLoader.Load(input);
        DataFileOutput.Print(input, load, context.Console);
        if (load.Data is null || load.HasErrors)
        {
            context.Console.MarkupLine($"[red]✗[/] {TerminalText.Escape(input)} 有错误，未转换。请按上面的提示修改后重试。");
            return DiagnosticReport.ExitCode(load.Diagnostics);
        }
        var options = new CommandOptions();
        if (values.TryGetValue("--template", out var template)) options.Values["--template"] = template;
        Templates.Generation.ReportGenerator? generator = null;
        if (BudgetDataLoader.IsWorkbook(output) && (generator = Program.OpenGenerator(options, context)) is null) return ExitCodes.Usage;
        try
        {
            DataFileOutput.Write(load.Data, output, () => generator!.Catalog);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Console.MarkupLine($"[red]无法写入[/]：{TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        context.Console.MarkupLine($"[green]✓[/] 已把 {TerminalText.Escape(input)} 转换为 {TerminalText.Escape(output)}");
        return ExitCodes.Ok;
    }
}
