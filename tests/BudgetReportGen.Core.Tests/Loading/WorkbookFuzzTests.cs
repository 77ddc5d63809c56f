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

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"urn:not-spreadsheetml\"/>")]
    [InlineData("")]
    public void A_sheet_whose_part_holds_no_worksheet_is_a_damaged_workbook(string sheetXml)
    {
        using var stream = new MemoryStream();
        stream.Write(Workbook.Value);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList())
            {
                var name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(sheetXml);
            }
        stream.Position = 0;
        var result = DataWorkbookReader.Load(stream, "damaged.xlsx");
        Assert.Null(result.Data);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "syntax" && d.Message.Contains("已损坏", StringComparison.Ordinal));
    }
}
