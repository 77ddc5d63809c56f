using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Templates.Pack;
using Spectre.Console;

namespace BudgetReportGen.Cli.Commands;

/// <summary>One file's findings.</summary>
public sealed record FileFindings(string File, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Prints findings grouped by file: as text for people (coloured on a terminal) or as JSON for programs.</summary>
public static class DiagnosticReport
{
    public static void WriteText(IReadOnlyList<FileFindings> files, IAnsiConsole console)
    {
        foreach (var findings in files)
        {
            if (findings.Diagnostics.Count == 0) console.MarkupLine($"[green]✓[/] {TerminalText.Escape(findings.File)}：没有发现问题");
            else WriteFindings(findings, console);
        }
        var (errors, warnings) = Count(files);
        var summary = $"共检查 {files.Count} 个文件：{errors} 个错误，{warnings} 个警告。";
        console.WriteLine();
        console.MarkupLine(errors > 0 ? $"[red]{summary}[/]" : warnings > 0 ? $"[yellow]{summary}[/]" : $"[green]{summary}[/]");
    }

    /// <summary>One file's findings, in the order they stand in the file.</summary>
    public static void WriteFindings(FileFindings findings, IAnsiConsole console)
    {
        var (file, diagnostics) = findings;
        console.MarkupLine($"[bold]{TerminalText.Escape(file)}[/]");
        // Text files in line order; a workbook's findings stay in the order they were found (sheet by sheet, row by row).
        foreach (var d in diagnostics.OrderBy(d => d.Location is { Sheet: null } l ? l.Line : 0).ThenBy(d => d.Location is { Sheet: null } l ? l.Column : 0))
        {
            var (word, colour) = d.Severity == Severity.Error ? ("错误", "red") : ("警告", "yellow");
            var where = d.Location is { Line: > 0 } at ? at.ToString() : file;
            var field = d.Path.Length == 0 ? d.RuleId : $"{d.RuleId} · {d.Path}";
            console.MarkupLine($"  [{colour}]{word}[/] [grey]{TerminalText.Escape(where)}[/] {TerminalText.Escape(d.Message)} [grey]({TerminalText.Escape(field)})[/]");
            if (d.Expected is not null || d.Found is not null)
                console.MarkupLine($"       [grey]{TerminalText.Escape(string.Join("；", new[] { Label("应为", d.Expected), Label("实际", d.Found) }.OfType<string>()))}[/]");
            if (d.Fix is not null) console.MarkupLine($"       修改：{TerminalText.Escape(d.Fix)}");
        }
    }

    /// <summary>The findings as JSON, with the pack they were checked against (id, name, version, folder).</summary>
    public static void WriteJson(IReadOnlyList<FileFindings> files, TextWriter output, TemplatePack pack)
    {
        var (errors, warnings) = Count(files);
        var report = new
        {
            pack = new { id = pack.Id, name = pack.Name, version = pack.Version, folder = pack.Folder },
            files = files.Select(f => new
            {
                file = f.File,
                diagnostics = f.Diagnostics.Select(d => new
                {
                    rule = d.RuleId,
                    severity = d.Severity == Severity.Error ? "error" : "warning",
                    message = d.Message,
                    path = d.Path,
                    line = d.Location?.Line,
                    column = d.Location?.Column,
                    expected = d.Expected,
                    found = d.Found,
                    fix = d.Fix,
                }),
            }),
            errors,
            warnings,
        };
        output.WriteLine(JsonSerializer.Serialize(report, Options));
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string? Label(string label, string? value) => value is null ? null : $"{label}：{value}";

    /// <summary>2 when a file could not be read, 1 when there is an error, else 0.</summary>
    public static int ExitCode(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        // An unreadable file, or a pack that cannot render valid data, is not the data's fault (exit 2, as for a usage error).
        if (all.Any(d => d.RuleId is "file.unreadable" or "pack.render")) return ExitCodes.Usage;
        return all.Any(d => d.Severity == Severity.Error) ? ExitCodes.Errors : ExitCodes.Ok;
    }

    private static (int Errors, int Warnings) Count(IReadOnlyList<FileFindings> files)
    {
        var all = files.SelectMany(f => f.Diagnostics).ToList();
        return (all.Count(d => d.Severity == Severity.Error), all.Count(d => d.Severity == Severity.Warning));
    }
}
