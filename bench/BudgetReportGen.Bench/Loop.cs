using System.Diagnostics;
using System.Globalization;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Writers.Docx;
using BudgetReportGen.Writers.Html;
using BudgetReportGen.Writers.Pdf;

namespace BudgetReportGen.Bench;

/// <summary>The sample written many times in one warm process (for profilers); prints time and allocation per document.</summary>
internal static class Loop
{
    public static void Run(string format, int count)
    {
        var generator = ReportGenerator.Load(Paths.Pack);
        var figures = generator.Validate(Paths.Sample, new CheckOptions()).Figures
            ?? throw new InvalidOperationException("The sample does not validate.");
        IDocumentWriter[] writers = format switch
        {
            "html" => [new HtmlWriter()],
            "docx" => [new DocxWriter()],
            "pdf" => [new PdfWriter()],
            "all" => [new HtmlWriter(), new DocxWriter(), new PdfWriter()],
            "render" => [], // the document only, no writer
            _ => throw new ArgumentException($"unknown format {format}: html, docx, pdf, all or render"),
        };
        long Once()
        {
            long length = 0;
            var document = generator.Pack.Render(figures, figures.Data.Unit); // once for every format, as the CLI does
            foreach (var writer in writers)
            {
                using var stream = new MemoryStream();
                writer.Write(document, stream);
                length += stream.Length;
            }
            return length;
        }
        for (var i = 0; i < Math.Min(count, 20); i++) Once(); // warm-up: tiered JIT
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) Once();
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format} x{count}: {watch.Elapsed.TotalMilliseconds / count:F1} ms and {allocated / count / 1e6:F1} MB allocated per document (gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)})"));
    }
}
