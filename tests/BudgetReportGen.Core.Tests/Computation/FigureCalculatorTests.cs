using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Tests.Checks;
using BudgetReportGen.Core.Tests.Classification;

namespace BudgetReportGen.Core.Tests.Computation;

public class FigureCalculatorTests
{
    private static BudgetFigures Compute(BudgetData data) => FigureCalculator.Compute(data, RepoPaths.Catalog);

    [Fact]
    public void Tables_filter_rows_by_source_and_carryover()
    {
        var f = Compute(TestBudget.Valid());
        Assert.Equal(410m, f.Functional.Sum.Total);
        Assert.Equal(380m, f.GeneralPublic.Sum.Total);    // 一般公共预算, this year only
        Assert.Equal(410m, f.Fiscal.Sum.Total);           // GPB + fund, this year and carried over
        Assert.Equal(20m, f.GovernmentFund.Sum.Total);
        Assert.True(f.StateCapital.IsEmpty);
        Assert.Equal(280m, f.EconomicBasicGeneralPublic.Sum.Total);
        Assert.Equal((280m, 130m), (f.EconomicDepartment.Sum.Basic, f.EconomicDepartment.Sum.Project));
    }

    [Fact]
    public void Table_2_splits_each_row_by_source_with_carryover_apart()
    {
        var rows = Compute(TestBudget.Valid()).FunctionalIncome.ToDictionary(r => r.Code);
        Assert.Equal((100m, 20m, 10m, 130m),
            (rows["2080109"].ThisYear.GeneralPublicBudget, rows["2080109"].ThisYear.GovernmentFund, rows["2080109"].Carryover, rows["2080109"].Total));
        Assert.Equal((ClassLevel.Total, 410m), (rows[""].Level, rows[""].Total));
    }

    [Fact]
    public void Government_table_maps_by_unit_kind()
    {
        var institution = Compute(TestBudget.Valid());
        Assert.Equal(["505", "50501", "50502", "506", "50602"], institution.EconomicGovernment.Rows.Select(r => r.Code));
        var administrative = Compute(TestBudget.Valid() with { Department = TestBudget.Valid().Department with { Kind = UnitKind.CivilServiceManaged } });
        Assert.Equal(["501", "50101", "50102", "502", "50201", "50205", "50206", "50207", "50208", "504", "50403"],
            administrative.EconomicGovernment.Rows.Select(r => r.Code));
        Assert.Equal(("机关商品和服务支出", 177m), (administrative.EconomicGovernment.Rows[3].Name, administrative.EconomicGovernment.Rows[3].Total));
    }

    [Fact]
    public void Unknown_parents_fall_back_to_the_code_and_unmapped_codes_keep_theirs()
    {
        var data = TestBudget.Valid();
        var f = FigureCalculator.Compute(data, ClassificationCatalog.Empty);
        Assert.Equal(("208", "20801"), (f.Functional.Rows[0].Name, f.Functional.Rows[1].Name));
        Assert.Equal("社会保险经办机构", f.Functional.Rows[2].Name);
        Assert.Equal(f.EconomicDepartment.Rows.Select(r => r.Code), f.EconomicGovernment.Rows.Select(r => r.Code));
        Assert.Equal(410m, f.EconomicGovernment.Sum.Total);
    }

    [Fact]
    public void Shares_and_last_year_roll_up_when_every_child_has_one()
    {
        var data = TestBudget.Valid();
        var f = Compute(data);
        var item = f.Functional.Rows.Single(r => r.Code == "2080109");
        Assert.Equal(130m / 410m * 100m, item.Share);
        Assert.Null(item.Change); // two of its three rows have no last year
        var withLastYear = data with { Expenditures = data.Expenditures.Select(r => r with { LastYear = r.Total - 1 }).ToList() };
        var g = Compute(withLastYear);
        var section = g.Functional.Rows.Single(r => r.Code == "20801");
        Assert.Equal((380m, 376m), (section.Change!.Current, section.Change.LastYear!.Value));
        Assert.Equal(405m, g.Functional.Sum.Change!.LastYear);
        Assert.Equal("业务量增加。", g.Functional.Rows.Single(r => r.Code == "2080109").Reason);
    }

    [Fact]
    public void Three_public_vehicle_and_total_combine_their_parts()
    {
        var t = Compute(TestBudget.Valid()).ThreePublic;
        Assert.Equal((8m, 6m, "车辆更新。"), (t.Vehicle.Amount, t.Vehicle.Change.LastYear!.Value, t.Vehicle.Reason));
        Assert.Equal((11m, 9m), (t.Total.Amount, t.Total.Change.LastYear!.Value));
        Assert.Equal(ChangeDirection.New, t.VehiclePurchase.Change.Direction);
        var partial = TestBudget.Valid();
        partial = partial with { ThreePublic = partial.ThreePublic with { Reception = new ComparedAmount { Amount = 2m } } };
        Assert.Null(Compute(partial).ThreePublic.Total.Change.LastYear);
    }

    [Fact]
    public void Special_funds_split_allocated_and_unallocated_and_coverage_counts_specific_target_projects()
    {
        var f = Compute(TestBudget.Valid());
        Assert.Equal((130m, 100m, 30m), (f.SpecialFundsTotal, f.SpecialFundsAllocated, f.SpecialFundsUnallocated));
        Assert.Equal((120m, 20m), (f.ProjectsThisYear.Fiscal, f.ProjectsThisYear.GovernmentFund));
        Assert.Equal(10m, f.ProjectsCarryover.Total);
        Assert.Single(f.DebtProjects);
        Assert.Equal((1, 1, 130m), (f.Coverage.RequiredProjects, f.Coverage.ActualProjects, f.Coverage.ActualProjectsAmount));

        var noIndicators = TestBudget.Valid();
        noIndicators = noIndicators with { Projects = [noIndicators.Projects[0] with { Indicators = [] }] };
        var coverage = Compute(noIndicators).Coverage;
        Assert.Equal((1, 0, 0m, 0m), (coverage.RequiredProjects, coverage.ActualProjects, coverage.ActualProjectsAmount, coverage.ProjectRatio!.Value));
    }

    [Fact]
    public void Amounts_in_yuan_stay_in_yuan()
    {
        var data = TestBudget.Valid() with { Unit = AmountUnit.Yuan };
        Assert.Equal(410m, Compute(data).Total.Amount);
    }

    [Fact]
    public void Codes_the_catalog_lacks_take_their_names_from_the_data_file()
    {
        var data = TestBudget.Valid() with
        {
            Expenditures = TestBudget.Valid().Expenditures.With(2, r => r with { Code = "2999901", Name = "测试项" }),
            CodeNames = [new CodeName { Code = "299", Name = "测试类" }, new CodeName { Code = "29999", Name = "测试款" }, new CodeName { Code = "30101", Name = "不用的名称" }],
        };
        var names = Compute(data).Functional.Rows.ToDictionary(r => r.Code, r => r.Name);
        Assert.Equal(("测试类", "测试款", "测试项"), (names["299"], names["29999"], names["2999901"]));
        // The catalog's own names win over the data file's.
        Assert.Equal("基本工资", Compute(data).EconomicDepartment.Rows.Single(r => r.Code == "30101").Name);
    }

    [Fact]
    public void An_unmapped_economic_code_keeps_its_department_names_in_the_government_table()
    {
        var catalog = RepoPaths.Catalog with { Mapping = new EconomicMapping(RepoPaths.Catalog.Mapping.Entries.Where(e => e.DepartmentCode != "30201")) };
        var government = FigureCalculator.Compute(TestBudget.Valid(), catalog).EconomicGovernment.Rows;
        Assert.All(government, r => Assert.False(r.Name.All(char.IsAsciiDigit), $"{r.Code} has no name"));
        Assert.Contains(government, r => r.Code == "302" && r.Name == "商品和服务支出");
    }
}
