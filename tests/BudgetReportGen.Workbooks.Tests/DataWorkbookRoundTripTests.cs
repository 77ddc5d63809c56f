using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Workbooks;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Workbooks.Tests;

public class DataWorkbookRoundTripTests
{
    [Fact]
    public void Sample_round_trips_yaml_to_xlsx_to_yaml_identically()
    {
        var sample = Fixtures.Sample;
        var bytes = DataWorkbookWriter.Write(sample, Fixtures.Catalog);
        var result = DataWorkbookReader.Load(new MemoryStream(bytes), "sample.xlsx");
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location} {d.RuleId} {d.Path} {d.Message}")));
        Assert.Equal(BudgetDataWriter.ToYaml(sample), BudgetDataWriter.ToYaml(result.Data!));
    }
}
