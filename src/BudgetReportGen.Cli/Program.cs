using System.Globalization;
using System.Reflection;
using System.Text;
using BudgetReportGen.Cli.Commands;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Templates;
using BudgetReportGen.Templates.Generation;
using Spectre.Console;

namespace BudgetReportGen.Cli;

/// <summary>
/// <c>budgetgen</c>: a thin shell over the library. Parses the command line, runs one command, prints its findings.
/// Exit codes: 0 no errors, 1 the data has errors, 2 a usage error or an unreadable file, 3 an internal failure (a bug).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        // Every number and date written (reports, summaries, manifests) is the same under any locale: invariant culture,
        // Gregorian calendar, on this thread and on every worker thread of a batch.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var console = Console.IsOutputRedirected ? PlainConsole(Console.Out) : AnsiConsole.Console;
        var exit = Run(args, new CliContext(console, Console.Out, CliContext.OpenPackOnce));
        if (ConsoleWindow.WillCloseOnExit())
        {
            // Started by a double click or a file dropped on budgetgen.exe: keep the window (and the result) on screen.
            Console.WriteLine();
            Console.Write("按任意键关闭窗口…");
            try { Console.ReadKey(intercept: true); }
            catch (InvalidOperationException) { } // no keyboard after all: just close
        }
        return exit;
    }

    /// <summary>Runs the command line with plain (uncoloured) output to <paramref name="output"/>; for tests and embedding.</summary>
    public static int Run(string[] args, TextWriter output, Func<string, ReportGenerator>? openPack = null) =>
        Run(args, new CliContext(PlainConsole(output), output, openPack ?? CliContext.OpenPackOnce));

    public static int Run(string[] args, CliContext context)
    {
        try
        {
            return Dispatch(args, context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file system fault outside one department's work (the batch results, an output folder): not a bug.
            context.Console.MarkupLine($"[red]无法写入[/]：{TerminalText.Escape(SafeWrite.Explain(e, e is OutputWriteException ? "" : "输出目录").Message)}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // Never a stack trace: say what happened and where to report it.
            context.Console.MarkupLine($"[red]内部错误[/]：程序遇到了意外情况，未能完成（{TerminalText.Escape(e.GetType().Name)}：{TerminalText.Escape(e.Message)}）。");
            context.Console.MarkupLine("请把所用命令和数据文件发给维护人员。");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The commands, one class each; add a command (e.g. <c>generate</c>) here.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
        [new GenerateCommand(), new ValidateCommand(), new TemplatesCommand(), new MergeResultsCommand(), new SampleCommand(), new InitCommand(), new ConvertCommand()];

    public static string Version { get; } =
        (typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    private static int Dispatch(string[] args, CliContext context)
    {
        if (DroppedDataFiles(args) is { } dropped)
        {
            // Data files dropped on the program (or given with no command): each report goes next to its data file;
            // files of one folder are generated together, so two naming the same report are still caught.
            return dropped.GroupBy(file => Path.GetDirectoryName(Path.GetFullPath(file))!)
                .Select(folder => new GenerateCommand().Run([.. folder, "--out", folder.Key], context)).ToList().Max();
        }
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp(context.Console);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        if (args[0] is "--version" or "-v")
        {
            context.Output.WriteLine($"budgetgen {Version}");
            return ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
            return UsageError(context, $"未知命令“{args[0]}”。可用的命令：{string.Join("、", Commands.Select(c => c.Name))}。");
        var rest = args[1..];
        if (rest.Any(a => a is "-h" or "--help"))
        {
            context.Console.WriteLine(command.Usage);
            return ExitCodes.Ok;
        }
        return command.Run(rest, context);
    }

    /// <summary>
    /// How the bureau's index draws its charts. The HTML writer's SVG drawing is not in this build yet, so each chart is shown
    /// as its caption and text alternative; when it is, this becomes the writer's chart-to-SVG function.
    /// </summary>
    internal static string DrawIndexChart(Documents.Chart chart) => Writers.Html.ChartSvg.Render(chart, Documents.DocumentStyle.Default);

    /// <summary>The arguments when every one is an existing data file (.yaml, .yml, .json): files dropped on the program.</summary>
    public static IReadOnlyList<string>? DroppedDataFiles(string[] args) =>
        args.Length > 0 && args.All(file => Path.GetExtension(file).ToLowerInvariant() is ".yaml" or ".yml" or ".json" && File.Exists(file)) ? args : null;

    /// <summary>
    /// The generator for the pack named by --template (default: the installed default pack); null after printing why it could not
    /// be opened. The pack used (name, version, folder) is printed unless <paramref name="announce"/> is false (JSON output names it itself).
    /// </summary>
    internal static ReportGenerator? OpenGenerator(CommandOptions options, CliContext context, bool announce = true) =>
        OpenGenerator(options.Template, options.Packs, context, announce, options.PackSha256, options.PackOptions);

    /// <summary>
    /// The generator for each data file: the pack --template names, else the pack the file names (its <c>template</c> field),
    /// else the default. Null after printing why a pack could not be opened.
    /// </summary>
    internal static Func<string, ReportGenerator>? GeneratorsFor(IReadOnlyList<string> files, CommandOptions options, CliContext context, bool announce = true)
    {
        var chosen = files.ToDictionary(f => f, f => options.Template ?? PackNamedBy(f), StringComparer.Ordinal);
        var generators = new Dictionary<string, ReportGenerator>(StringComparer.Ordinal);
        foreach (var pack in chosen.Values.Distinct().Order(StringComparer.Ordinal))
        {
            if (OpenGenerator(pack, options.Packs, context, announce, options.PackSha256, options.PackOptions) is not { } generator) return null;
            generators[pack ?? ""] = generator;
        }
        return file => generators[chosen[file] ?? ""];
    }

    /// <summary>The pack a data file names in its <c>template</c> field, or null (unreadable files get the default and report their errors).</summary>
    private static string? PackNamedBy(string file)
    {
        var template = Core.Loading.BudgetDataLoader.Load(file).Data?.Template;
        return string.IsNullOrWhiteSpace(template) ? null : template.Trim();
    }

    private static ReportGenerator? OpenGenerator(string? template, string? packs, CliContext context, bool announce, string? digest = null,
        IReadOnlyCollection<KeyValuePair<string, string>>? packOptions = null)
    {
        var searched = PackLocator.SearchFolders(packs);
        var folder = PackLocator.Find(template, searched);
        if (folder is null)
        {
            var wanted = template ?? PackLocator.DefaultPackIn(searched);
            UsageError(context, wanted is null
                ? $"没有指定模板包：请用 --template 指定，或在数据文件中写 template，或在模板包目录的 {PackLocator.DefaultFile} 中写默认模板包的名称（已在 {string.Join("、", searched)} 中查找）。"
                : PackLocator.IsPath(wanted)
                    ? $"找不到模板包“{wanted}”：该目录不存在或其中没有 pack.yaml。"
                    : $"找不到模板包“{wanted}”：已在 {string.Join("、", searched)} 中查找。--template（或数据文件的 template）应为模板包目录（含 pack.yaml）或模板包名称；名称在 --packs 目录（或环境变量 {PackLocator.PacksVariable}）和程序旁的 templates/ 中查找。");
            return null;
        }
        if (digest is not null)
        {
            var actual = Templates.Pack.PackDigest.Compute(folder);
            if (!actual.Equals(digest.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                context.Console.MarkupLine($"[red]模板包错误[/]：{TerminalText.Escape($"模板包 {folder} 的摘要（SHA-256）是 {actual}，与要求的 {digest.Trim()} 不一致：模板包不是财政局发布的原样（有文件被增删或改动）。请重新下载财政局发布的模板包，或核对所给的摘要（--pack-sha256 或环境变量 {CommandOptions.PackDigestVariable}）。")}");
                return null;
            }
        }
        try
        {
            var generator = context.OpenPack(folder).WithOptions(packOptions ?? []);
            if (announce) context.Console.MarkupLine($"[grey]模板包：{TerminalText.Escape(PackDescription(generator))}[/]");
            return generator;
        }
        catch (TemplateException e)
        {
            context.Console.MarkupLine($"[red]模板包错误[/]：{TerminalText.Escape(e.Message)}");
            return null;
        }
        catch (ClassificationCatalogException e)
        {
            context.Console.MarkupLine($"[red]分类目录错误[/]：{TerminalText.Escape($"{e.Diagnostic.Location} {e.Message} {e.Diagnostic.Fix}")}");
            return null;
        }
    }

    /// <summary>The pack as printed: "name version（folder）".</summary>
    internal static string PackDescription(ReportGenerator generator) =>
        $"{generator.Pack.Name} {generator.Pack.Version}（{generator.Pack.Folder}）";

    internal static int UsageError(CliContext context, string message)
    {
        context.Console.MarkupLine($"[red]用法错误[/]：{TerminalText.Escape(message)}");
        context.Console.MarkupLine("运行 [bold]budgetgen --help[/] 查看用法。");
        return ExitCodes.Usage;
    }

    private static void PrintHelp(IAnsiConsole console)
    {
        console.MarkupLine($"[bold]budgetgen {Version}[/] —— 部门预算公开报告生成工具");
        console.WriteLine();
        console.WriteLine("用法：budgetgen <命令> [选项]");
        console.WriteLine();
        console.WriteLine("命令：");
        foreach (var command in Commands) console.WriteLine($"  {command.Name,-10}{command.Summary}");
        console.WriteLine();
        console.WriteLine("选项：");
        console.WriteLine("  -h, --help   显示帮助（budgetgen <命令> --help 显示该命令的用法）");
        console.WriteLine("  --version    显示版本");
        console.WriteLine();
        console.WriteLine("也可以只给出数据文件而不写命令（或在 Windows 上把数据文件拖到 budgetgen.exe 上）：报告生成在数据文件旁边。");
        console.WriteLine();
        console.WriteLine("退出码：0 没有错误；1 数据有错误；2 用法错误或文件无法读取；3 程序内部错误。");
    }

    /// <summary>A console without colours or line wrapping, for redirected output and tests.</summary>
    private static IAnsiConsole PlainConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 4096;
        return console;
    }
}
