using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace BudgetReportGen.Bench;

/// <summary>
/// Sums the allocation samples of a trace (the runtime's GCAllocationTick events, about one per 100 KB allocated, each with
/// its stack) by type, by frame (inclusive) and by stack, as shares of the sampled bytes. Record the trace with
/// <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -- dotnet BudgetReportGen.Bench.dll --loop pdf 20</c>;
/// <c>large</c> keeps only large-object-heap allocations (what drives gen-2 collections).
/// </summary>
internal static class AllocationReport
{
    public static void Run(string tracePath, bool largeOnly, int frames = 8, int rows = 40)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath));
        var byType = new Dictionary<string, double>();
        var byFrame = new Dictionary<string, double>();
        var byStack = new Dictionary<string, double>();
        double total = 0;
        foreach (var e in log.Events)
        {
            if (e is not GCAllocationTickTraceData tick || (largeOnly && tick.AllocationKind != GCAllocationKind.Large)) continue;
            double amount = tick.AllocationAmount64;
            total += amount;
            Add(byType, tick.TypeName, amount);
            var stack = new List<string>();
            for (var frame = e.CallStack(); frame is not null; frame = frame.Caller)
            {
                var name = frame.CodeAddress.FullMethodName is { Length: > 0 } method ? method : frame.CodeAddress.ModuleName + "!?";
                if (!stack.Contains(name)) Add(byFrame, name, amount);
                stack.Add(name);
            }
            Add(byStack, tick.TypeName + " <- " + string.Join(" <- ", stack.Take(frames)), amount);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled {total / 1e6:F1} MB{(largeOnly ? " on the large-object heap" : "")}"));
        Print("by type", byType, total, 15);
        Print("by frame (inclusive)", byFrame, total, rows);
        Print("by stack", byStack, total, 25);
    }

    private static void Add(Dictionary<string, double> sums, string key, double amount) => sums[key] = sums.GetValueOrDefault(key) + amount;

    private static void Print(string title, Dictionary<string, double> sums, double total, int count)
    {
        Console.WriteLine($"== {title}");
        foreach (var (key, value) in sums.OrderByDescending(s => s.Value).Take(count))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value / total * 100,6:F1} %  {key}"));
    }
}
