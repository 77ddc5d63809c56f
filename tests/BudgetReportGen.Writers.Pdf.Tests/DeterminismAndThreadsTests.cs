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
        var expected = documents.Select(d => PdfTestSupport.Write(d)).ToArray(); // warm-up: fonts loaded and parsed
        const int rounds = 4;
        var sequential = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
            foreach (var d in documents) PdfTestSupport.Write(d);
        sequential.Stop();
        var results = new byte[rounds * documents.Length][];
        var parallel = Stopwatch.StartNew();
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => results[i] = PdfTestSupport.Write(documents[i % documents.Length]));
        parallel.Stop();
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % documents.Length], results[i]);
        output.WriteLine($"{results.Length} PDFs: sequential {sequential.ElapsedMilliseconds} ms, two threads {parallel.ElapsedMilliseconds} ms " +
                         $"(speed-up {(double)sequential.ElapsedMilliseconds / Math.Max(1, parallel.ElapsedMilliseconds):0.00}×, {Environment.ProcessorCount} cores)");
    }
}
