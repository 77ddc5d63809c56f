using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Writers.Pdf;
using BudgetReportGen.Writers.Pdf.Fonts;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// What <c>generate</c> and <c>validate</c> say about the PDF's fonts: the font of each role and the substitutes for official
/// fonts that are not installed (once per style), and the characters no installed font has (per data file).
/// </summary>
public static class PdfFontReport
{
    /// <summary>The option both commands take for characters no font has.</summary>
    public const string MissingCharsOption = "--missing-chars";

    /// <summary>The policy of <c>--missing-chars warning|error</c> (default warning), or an error message for the user.</summary>
    public static (MissingCharacterPolicy Policy, string? Error) Policy(CommandOptions options)
    {
        var value = options.Values.GetValueOrDefault(MissingCharsOption, "warning");
        return value switch
        {
            "warning" => (MissingCharacterPolicy.Warning, null),
            "error" => (MissingCharacterPolicy.Error, null),
            _ => (MissingCharacterPolicy.Warning, $"{MissingCharsOption} 应为 warning 或 error；实际为“{value}”。"),
        };
    }

    /// <summary>
    /// Prints, once per distinct style and font folder of <paramref name="generators"/>, a warning per official font that is
    /// replaced by a substitute (what to install), and with <paramref name="everyRole"/> the font of every role.
    /// A style without a usable font prints nothing here: each department's PDF then reports it.
    /// </summary>
    public static void PrintChoices(IEnumerable<ReportGenerator> generators, bool everyRole, IAnsiConsole console)
    {
        foreach (var (style, folder) in generators.Select(g => (g.Pack.Style, g.Pack.FontsFolder)).Distinct())
        {
            IReadOnlyList<FontChoice> choices;
            try
            {
                choices = PdfFonts.Choices(style, [folder]);
            }
            catch (DocumentWriteException)
            {
                continue;
            }
            if (everyRole)
                foreach (var choice in choices) console.MarkupLine($"[grey]PDF 字体 {TerminalText.Escape(choice.Summary)}[/]");
            var warnings = PdfFonts.SubstituteWarnings(choices, folder);
            foreach (var warning in warnings) console.MarkupLine($"[yellow]警告[/] {TerminalText.Escape(warning)}");
            if (warnings.Count > 0) console.MarkupLine("[grey]各角色的正式字体、免费替代字体和授权字体的放法见 docs/fonts.md；加 --verbose 列出每个角色所用的字体文件。[/]");
        }
    }

    /// <summary>The finding for characters no installed font has (<paramref name="message"/> names them and where).</summary>
    public static Diagnostic MissingCharacters(string file, string message, Severity severity) =>
        new("pdf.missing-character", severity, message, "", new SourceLocation(file, 1, 1),
            Fix: "HTML 和 Word 中这些字符照常显示；要让 PDF 也显示，请改用常用字，或在模板包的 fonts/ 中加入含有它们的字体。");

    /// <summary>
    /// The PDF findings of a document that has been checked: its characters no installed font has (a warning, or an error with
    /// <see cref="MissingCharacterPolicy.Error"/>), or why the PDF cannot be written at all (no usable font for a role).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(string file, Document document, string fontsFolder, MissingCharacterPolicy policy)
    {
        try
        {
            return PdfFonts.MissingCharacters(document, [fontsFolder]) is { } message
                ? [MissingCharacters(file, message, policy == MissingCharacterPolicy.Error ? Severity.Error : Severity.Warning)]
                : [];
        }
        catch (DocumentWriteException e)
        {
            return [new Diagnostic("pdf.font", Severity.Warning, e.Message, "", new SourceLocation(file, 1, 1),
                Fix: "HTML 和 Word 照常生成；要生成 PDF，请按上面的提示安装字体，或只生成其他格式（--format html,docx）。")];
        }
    }
}
