using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Sampling;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;
using BudgetReportGen.Writers.Docx;
using BudgetReportGen.Writers.Html;
using BudgetReportGen.Writers.Pdf;

namespace BudgetReportGen.Corpus.Tests;

/// <summary>What became of one generated department: its data, its validation, its document and the writers' output (or the failure).</summary>
public sealed record DepartmentReport(int Index, BudgetData Data, string File)
{
    public Validation? Validation { get; set; }
    public Document? Document { get; set; }
    public int HtmlLength { get; set; }
    public int DocxLength { get; set; }
    public int PdfLength { get; set; }
    public List<string> Failures { get; } = [];
    public bool WantsWordAndPdf => Index % (Corpus.Count / Corpus.WordAndPdfCount) == 0;
}

/// <summary>
/// The corpus: 300 generated departments (fixed seed) written to data files (YAML and JSON alternately), validated through
/// <see cref="ReportGenerator.Validate"/>, rendered with the standard pack and written as HTML; every tenth also as Word and PDF.
/// Made once, in parallel, for all the corpus tests. The environment variable <c>BUDGETGEN_CORPUS_PACK</c> names another pack
/// folder to run the corpus through (a pack being edited), instead of templates/liaoning-2023.
/// </summary>
public static class Corpus
{
    public const int Seed = 20230210;
    public const int Count = 300;
    public const int WordAndPdfCount = 30;

    private static readonly Lazy<ReportGenerator> LazyGenerator = 
        new(() => ReportGenerator.Load(Environment.GetEnvironmentVariable("BUDGETGEN_CORPUS_PACK") is { Length: > 0 } folder
            ? folder
            : RepoFiles.PathOf("templates/liaoning-2023")));
    private static readonly Lazy<IReadOnlyList<DepartmentReport>> LazyReports = new(Build);

    public static ReportGenerator Generator => LazyGenerator.Value;
    public static IReadOnlyList<DepartmentReport> Reports => LazyReports.Value;

    /// <summary>The departments that rendered (the others fail <c>Every_department_validates_and_renders</c>).</summary>
    public static IEnumerable<DepartmentReport> Rendered => Reports.Where(r => r.Document is not null);

    private static IReadOnlyList<DepartmentReport> Build()
    {
        var generator = Generator;
        var departments = new DepartmentGenerator(generator.Catalog, new SampleOptions { Year = generator.Pack.Year });
        var folder = Directory.CreateTempSubdirectory("budgetgen-corpus-").FullName;
        var reports = new DepartmentReport[Count];
        var pdfOptions = new PdfWriterOptions([generator.Pack.FontsFolder]);
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var data = departments.Generate(Seed, i);
            var file = Path.Combine(folder, $"sample-{i + 1:0000}.{(i % 2 == 0 ? "yaml" : "json")}");
            BudgetDataWriter.WriteFile(data, file);
            var report = reports[i] = new DepartmentReport(i, data, file);
            Step(report, "validate", () =>
            {
                report.Validation = generator.Validate(file, new CheckOptions());
                // Allowed: the pack's warnings that name data a department does not have (the report says “无……” instead).
                var findings = report.Validation.Diagnostics
                    .Where(d => d is not { RuleId: "pack.required", Severity: Severity.Warning } || d.Path.Length == 0).ToList();
                if (findings.Count > 0)
                    report.Failures.Add("validate: " + string.Join("; ", findings.Select(d => $"{d.Severity} {d.RuleId} {d.Path} {d.Message}")));
            });
            if (report.Validation?.Figures is not { } figures) return;
            Step(report, "render", () => report.Document = generator.Pack.Render(figures, figures.Data.Unit));
            if (report.Document is not { } document) return;
            Step(report, "html", () => report.HtmlLength = Write(new HtmlWriter(), document));
            if (!report.WantsWordAndPdf) return;
            Step(report, "docx", () => report.DocxLength = Write(new DocxWriter(), document));
            Step(report, "pdf", () => report.PdfLength = Write(new PdfWriter(pdfOptions), document));
        });
        return reports;
    }

    private static int Write(IDocumentWriter writer, Document document)
    {
        using var buffer = new MemoryStream();
        writer.Write(document, buffer);
        return (int)buffer.Length;
    }

    private static void Step(DepartmentReport report, string step, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            report.Failures.Add($"{step}: {e.GetType().Name}: {FirstLine(e.Message)}");
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
