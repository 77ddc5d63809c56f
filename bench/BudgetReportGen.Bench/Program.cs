using BenchmarkDotNet.Running;
using BudgetReportGen.Bench;

// `--write-large <folder>` writes the large department (<folder>/large.yaml) and the pack it needs (<folder>/pack) for the
// whole-process runs; anything else runs the benchmarks.
if (args is ["--write-large", var folder])
{
    LargeDepartment.PackCopy(Paths.Pack, Path.Combine(folder, "pack"));
    File.WriteAllText(Path.Combine(folder, "large.yaml"), LargeDepartment.Yaml(File.ReadAllText(Paths.Sample), File.ReadAllText(Paths.FunctionalCsv)));
    return;
}
// `--loop <html|docx|pdf|all> <count>` writes the sample that many times in one process, for profilers (dotnet-trace,
// dotnet-counters) that need a longer warm run than a benchmark's; it prints the milliseconds and bytes allocated per document.
if (args is ["--loop", var format, var countText])
{
    Loop.Run(format, int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
// `--allocations <trace.nettrace> [large]` sums a trace's allocation samples by type, frame and stack (AllocationReport).
if (args is ["--allocations", var trace, .. var rest])
{
    AllocationReport.Run(trace, largeOnly: rest is ["large"]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
