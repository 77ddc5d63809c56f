using BenchmarkDotNet.Attributes;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Writers.Docx;
using BudgetReportGen.Writers.Html;
using BudgetReportGen.Writers.Pdf;

namespace BudgetReportGen.Bench;

/// <summary>
/// The sample department's report in a warm process: the pack is parsed once (as in batch generation), then each
/// benchmark renders the document from the computed figures and writes one format to memory. <see cref="EndToEnd_Html"/>
/// also loads, checks and computes the data file.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportGenerator _generator = null!;
    private BudgetFigures _figures = null!;
    private Document _document = null!;
    private readonly HtmlWriter _html = new();
    private readonly DocxWriter _docx = new();
    private readonly PdfWriter _pdf = new();

    [GlobalSetup]
    public void Setup()
    {
        _generator = ReportGenerator.Load(Paths.Pack);
        _figures = _generator.Validate(Paths.Sample, new CheckOptions()).Figures
            ?? throw new InvalidOperationException("The sample does not validate.");
        _document = _generator.Pack.Render(_figures, _figures.Data.Unit);
        _pdf.Write(_document, Stream.Null); // fonts are resolved once per process
    }

    [Benchmark] public Document Render() => _generator.Pack.Render(_figures, _figures.Data.Unit);

    [Benchmark] public long Html() => Write(_html);

    [Benchmark] public long Docx() => Write(_docx);

    [Benchmark] public long Pdf() => Write(_pdf);

    /// <summary>The warm target: the sample's document rendered and written in all three formats (one thread).</summary>
    [Benchmark] public long AllThree() => Write(_html) + Write(_docx) + Write(_pdf);

    [Benchmark]
    public long EndToEnd_Html()
    {
        var (_, document) = _generator.Render(Paths.Sample, new CheckOptions());
        using var stream = new MemoryStream();
        _html.Write(document!, stream);
        return stream.Length;
    }

    /// <summary>Two PDFs one after the other, to compare with <see cref="Pdf_TwoInParallel"/>.</summary>
    [Benchmark] public long Pdf_TwoInSequence() => Write(_pdf) + Write(_pdf);

    /// <summary>Two PDFs on two threads at once (batch generation runs departments in parallel).</summary>
    [Benchmark]
    public long Pdf_TwoInParallel()
    {
        var lengths = new long[2];
        Parallel.For(0, 2, i => lengths[i] = Write(_pdf));
        return lengths[0] + lengths[1];
    }

    private long Write(IDocumentWriter writer)
    {
        using var stream = new MemoryStream();
        writer.Write(_generator.Pack.Render(_figures, _figures.Data.Unit), stream);
        return stream.Length;
    }
}

/// <summary>A large department (<see cref="LargeDepartment"/>: 150 functional 项, 30 projects; a 99-page PDF) in a warm process.</summary>
[MemoryDiagnoser]
public class LargeDepartmentBenchmarks
{
    private ReportGenerator _generator = null!;
    private BudgetFigures _figures = null!;
    private readonly HtmlWriter _html = new();
    private readonly DocxWriter _docx = new();
    private readonly PdfWriter _pdf = new();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"brg-bench-{Environment.ProcessId}");
        var pack = LargeDepartment.PackCopy(Paths.Pack, Path.Combine(folder, "pack"));
        var data = Path.Combine(folder, "large.yaml");
        File.WriteAllText(data, LargeDepartment.Yaml(File.ReadAllText(Paths.Sample), File.ReadAllText(Paths.FunctionalCsv)));
        _generator = ReportGenerator.Load(pack);
        _figures = _generator.Validate(data, new CheckOptions()).Figures ?? throw new InvalidOperationException("The large department does not validate.");
        _pdf.Write(_generator.Pack.Render(_figures, _figures.Data.Unit), Stream.Null);
    }

    [Benchmark] public long Large_Html() => Write(_html);

    [Benchmark] public long Large_Docx() => Write(_docx);

    [Benchmark] public long Large_Pdf() => Write(_pdf);

    [Benchmark] public long Large_AllThree() => Write(_html) + Write(_docx) + Write(_pdf);

    private long Write(IDocumentWriter writer)
    {
        using var stream = new MemoryStream();
        writer.Write(_generator.Pack.Render(_figures, _figures.Data.Unit), stream);
        return stream.Length;
    }
}

internal static class Paths
{
    private static readonly string Root = FindRoot();
    public static string Pack => Path.Combine(Root, "templates", "liaoning-2023");
    public static string Sample => Path.Combine(Root, "data", "examples", "anshan-social-insurance-2023.yaml");
    public static string FunctionalCsv => Path.Combine(Pack, "classifications", "functional.csv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetReportGen.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks inside the repository.");
    }
}
