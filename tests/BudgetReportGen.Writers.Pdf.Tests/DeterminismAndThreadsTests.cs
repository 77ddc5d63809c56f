using System.Diagnostics;
using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class DeterminismAndThreadsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var first = PdfTestSupport.Write(SampleDocuments.AllBlocks());
        var second = PdfTestSupport.Write(SampleDocuments.AllBlocks());
        Assert.Equal(first, second);
        Assert.Equal(PdfTestSupport.AllBlocks, first);
    }

    [Fact]
    public void Random_values_of_pdfsharp_are_replaced_by_content_derived_ones()
    {
        var pdf = PdfTestSupport.AllBlocks;
        Assert.Equal(pdf, DeterministicSave.Normalize(pdf)); // normalising again changes nothing
        var other = PdfTestSupport.Write(SampleDocuments.LongTable(3));
        string Id(byte[] b) => System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(b), @"/ID\s*\[<([0-9A-F]+)>").Groups[1].Value;
        Assert.NotEqual(Id(pdf), Id(other));
        Assert.NotEqual(new string('0', 32), Id(pdf));
    }

    [Fact]
    public void Writing_on_several_threads_at_once_gives_the_same_bytes_and_is_timed()
    {
        var documents = new[] { SampleDocuments.AllBlocks(), SampleDocuments.LongTable(200) };
        var expected = documents.Select(d => PdfTestSupport.Write(d)).ToArray(); // warm-up: fonts found, extracted and parsed once
        const int count = 8;
        var results = new byte[count][];
        var report = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var sequential = Measure(() => { for (var i = 0; i < count; i++) PdfTestSupport.Write(documents[i % documents.Length]); });
            var parallel = Measure(() => Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                i => results[i] = PdfTestSupport.Write(documents[i % documents.Length])));
            for (var i = 0; i < count; i++) Assert.Equal(expected[i % documents.Length], results[i]);
            report.Add($"round {round + 1}: {count} PDFs sequential {sequential.Wall} ms (CPU/wall {sequential.Busy:0.00}), " +
                       $"two threads {parallel.Wall} ms (CPU/wall {parallel.Busy:0.00}, contended lock entries {parallel.Contentions}), " +
                       $"speed-up {(double)sequential.Wall / Math.Max(1, parallel.Wall):0.00}×");
        }
        report.ForEach(output.WriteLine);
        output.WriteLine($"{Environment.ProcessorCount} cores; CPU/wall near 2 with two threads means they ran at the same time (not serialised).");
    }

    private static (long Wall, double Busy, long Contentions) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var contentions = Monitor.LockContentionCount;
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        process.Refresh();
        return (clock.ElapsedMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, clock.ElapsedMilliseconds),
            Monitor.LockContentionCount - contentions);
    }
}
