using System.Diagnostics;
using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Docx.Tests;

public class SpeedTests(ITestOutputHelper output)
{
    /// <summary>The lead benchmarks the sample at well under 20 ms warm; this guards against gross regressions
    /// with room for a loaded CI machine and a Debug build, and prints the measured median.</summary>
    [Fact]
    public void SampleWritesQuicklyInAWarmProcess()
    {
        var document = SampleDocuments.AllBlocks();
        var writer = new DocxWriter();
        for (var i = 0; i < 20; i++) writer.Write(document, Stream.Null);
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var watch = Stopwatch.StartNew();
            writer.Write(document, Stream.Null);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine($"AllBlocks: median {median:F2} ms, min {times[0]:F2} ms over {times.Count} writes");
        Assert.True(median < 100, $"median {median:F2} ms");
    }
}
