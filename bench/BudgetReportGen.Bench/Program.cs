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
BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
