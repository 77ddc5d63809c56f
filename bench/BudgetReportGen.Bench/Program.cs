using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BudgetReportGen.Bench.ReportBenchmarks).Assembly).Run(args);
