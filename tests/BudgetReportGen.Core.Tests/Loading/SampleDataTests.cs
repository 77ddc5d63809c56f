using BudgetReportGen.Tests.Shared;
using System.Text.Json;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Tests.Loading;

public class SampleDataTests
{
    [Fact]
    public void Sample_yaml_loads_without_diagnostics()
    {
        var result = BudgetDataLoader.Load(RepoFiles.SampleYaml);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Data);
    }

    [Fact]
    public void Sample_json_loads_without_diagnostics_and_equals_the_yaml()
    {
        var yaml = BudgetDataLoader.Load(RepoFiles.SampleYaml);
        var json = BudgetDataLoader.Load(RepoFiles.SampleJson);
        Assert.Empty(json.Diagnostics);
        Assert.Equal(Canonical(yaml.Data!), Canonical(json.Data!));
    }

    [Fact]
    public void Sample_holds_the_seed_figures()
    {
        var data = BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!;
        Assert.Equal(2023, data.Year);
        Assert.Equal(AmountUnit.TenThousandYuan, data.Unit);
        Assert.Equal(new DateOnly(2023, 2, 10), data.PublishDate);
        Assert.Equal(["鞍山市社会保险事业服务中心", "鞍山市劳动和社会保障综合行政执法队", "鞍山市鞍钢厂办大集体改革职工托管中心"], data.Department.Names);
        Assert.Equal("013002", data.Department.Code);
        Assert.Equal("210300000", data.Department.RegionCode);
        Assert.Equal(UnitKind.Institution, data.Department.Kind);
        Assert.Equal(14, data.Duties.Count);
        Assert.Equal(13, data.Organisation.InternalUnits.Count);
        Assert.Empty(data.Organisation.Branches); // the seed gives only their number
        Assert.Equal(6, data.Organisation.BranchTotal);
        Assert.Contains("托管中心", data.Organisation.Statement);
        Assert.DoesNotContain("退管中心", File.ReadAllText(RepoFiles.SampleJson));

        Assert.Equal(3773.89m, data.Income.ThisYear[FundingSource.GeneralPublicBudget]);
        Assert.Equal(3773.89m, data.Expenditures.Sum(r => r.Total));
        Assert.Equal(2789.98m, data.Expenditures.Sum(r => r.Personnel));
        Assert.Equal(276.40m, data.Expenditures.Sum(r => r.Public));
        Assert.Equal(707.51m, data.Expenditures.Sum(r => r.Project));
        Assert.Equal(2789.98m, data.EconomicBasic.Sum(r => r.Personnel));
        Assert.Equal(276.40m, data.EconomicBasic.Sum(r => r.Public));
        Assert.Equal(98.75m, data.EconomicBasic.Single(r => r.Code == "30239").Personnel);
        Assert.Equal(707.51m, data.EconomicProject.Sum(r => r.Project));
        Assert.Equal(707.51m, data.Projects.Sum(p => p.Total));
        Assert.Equal(237.37m, data.Projects.Where(p => p.Category == "特定目标类").Sum(p => p.Total));
        Assert.All(data.Projects, p => Assert.True(p.SpecialFund));
        Assert.Equal(3066.38m, data.Performance.Tasks.Sum(t => t.Amount));
        Assert.Equal(1m, data.ThreePublic.Reception.Amount);
        Assert.Equal(0.5m, data.ThreePublic.Reception.LastYear);
        Assert.Equal(297.79m, data.OperatingCosts.LastYear);
        Assert.Equal(3742.71m, data.LastYear.Total);
        Assert.Equal(4, data.Assets.Vehicles.Total);
    }

    [Fact]
    public void Amounts_keep_the_written_decimal_exactly()
    {
        var data = BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!;
        // 276.40 is read from its text, scale included (a double would give 276.4).
        Assert.Equal("276.40", data.OperatingCosts.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Source_map_places_fields_where_they_are_written()
    {
        var result = BudgetDataLoader.Load(RepoFiles.SampleYaml);
        var lines = File.ReadAllLines(RepoFiles.SampleYaml);
        var at = result.SourceMap.Locate("three_public.reception.last_year")!.Value;
        Assert.Equal("0.5", lines[at.Line - 1][(at.Column - 1)..].Trim());
        var code = result.SourceMap.Locate("expenditures[1].code")!.Value;
        Assert.StartsWith("\"2080199\"", lines[code.Line - 1][(code.Column - 1)..]);
        // A derived path falls back to its nearest recorded parent.
        Assert.Equal(result.SourceMap.Locate("expenditures[1]"), result.SourceMap.Locate("expenditures[1].total"));
    }

    private static string Canonical(BudgetData data) => JsonSerializer.Serialize(data);
}
