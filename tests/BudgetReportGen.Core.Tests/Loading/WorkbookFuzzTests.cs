using CsCheck;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Workbooks;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Core.Tests.Loading;

/// <summary>Damaged data workbooks (bytes changed, cut short) end in data or diagnostics, never an exception (CsCheck, fixed seed).</summary>
public class WorkbookFuzzTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_ITERATIONS"), out var n) ? n : 400;

    private static readonly Lazy<byte[]> Workbook = new(() => DataWorkbookWriter.Write(
        BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!, ClassificationCatalog.Load(RepoFiles.PathOf("templates/liaoning-2023/classifications"))));

    [Fact]
    public void Damaged_workbooks_end_in_data_or_diagnostics()
    {
        var bytes = Workbook.Value;
        Gen.Select(Gen.Int[0, bytes.Length - 1].Array[1, 6], Gen.Byte, Gen.Bool).Sample((positions, value, truncate) =>
        {
            var damaged = (byte[])bytes.Clone();
            foreach (var p in positions) damaged[p] = (byte)(damaged[p] ^ (value | 1));
            if (truncate) damaged = damaged[..positions[0]];
            using var stream = new MemoryStream(damaged);
            var result = DataWorkbookReader.Load(stream, "fuzz.xlsx");
            return result.Data is not null || result.Diagnostics.Count > 0;
        }, seed: Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_CSCHECK_SEED") switch { "random" => null, { Length: > 0 } s => s, _ => "0001iLLpHD11" },
            iter: Iterations, threads: 1);
    }
}
