using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Tests.Classification;

namespace BudgetReportGen.Core.Tests.Computation;

/// <summary>The seed's correct figures (DOMAIN.md), computed from <see cref="SeedBudget"/>.</summary>
public class SeedFiguresTests
{
    private static readonly BudgetFigures Figures = FigureCalculator.Compute(SeedBudget.Build(), RepoPaths.Catalog);

    [Fact]
    public void Total_and_its_change_on_last_year()
    {
        Assert.Equal(3773.89m, Figures.Total.Amount);
        Assert.Equal(3773.89m, Figures.ExpenditureTotal);
        Assert.Equal(31.18m, Figures.Total.Change.Change);
        Assert.Equal("0.83", Amounts.FormatPercent(Figures.Total.Change.Percent!.Value));
        Assert.Equal("增加", Figures.Total.Change.DirectionWord);
        Assert.Equal(3773.89m, Figures.FiscalTotal.Amount);
        Assert.Equal(3773.89m, Figures.Income.ThisYear.GeneralPublicBudget);
        Assert.Equal(0m, Figures.Income.ThisYear.UnitFunds);
    }

    [Fact]
    public void Basic_project_personnel_and_public()
    {
        var sum = Figures.Functional.Sum;
        Assert.Equal((3066.38m, 707.51m, 2789.98m, 276.40m), (sum.Basic, sum.Project, sum.Personnel, sum.Public));
        Assert.Equal(sum, Figures.GeneralPublic.Sum with { Share = sum.Share });
        var table6 = Figures.EconomicBasicGeneralPublic.Sum;
        Assert.Equal((3066.38m, 2789.98m, 276.40m), (table6.Total, table6.Personnel, table6.Public));
    }

    [Fact]
    public void Operating_costs_fall_on_last_year()
    {
        var change = Figures.OperatingCosts.Change;
        Assert.Equal((276.40m, -21.39m), (Figures.OperatingCosts.Amount, change.Change!.Value));
        Assert.Equal("-7.18", Amounts.FormatPercent(change.Percent!.Value));
        Assert.Equal("7.18", Amounts.FormatPercent(change.PercentMagnitude!.Value));
        Assert.Equal("减少", change.DirectionWord);
    }

    [Fact]
    public void Three_public_expenses_against_last_year()
    {
        var t = Figures.ThreePublic;
        Assert.Equal((9m, 0.5m), (t.Total.Amount, t.Total.Change.Change!.Value));
        Assert.Equal("5.88", Amounts.FormatPercent(t.Total.Change.Percent!.Value));
        Assert.Equal("100.00", Amounts.FormatPercent(t.Reception.Change.Percent!.Value));
        Assert.Equal((8m, ChangeDirection.Flat), (t.Vehicle.Amount, t.Vehicle.Change.Direction));
        Assert.Equal(ChangeDirection.Flat, t.Outbound.Change.Direction);
        Assert.Equal(8.5m, t.Total.Change.LastYear);
    }

    [Fact]
    public void Functional_classes_and_economic_classes()
    {
        Assert.Equal(["208 3323.72", "210 114.05", "221 336.12"], Figures.Functional.Classes.Select(c => $"{c.Code} {c.Total}"));
        Assert.Equal(["社会保障和就业支出", "卫生健康支出", "住房保障支出"], Figures.Functional.Classes.Select(c => c.Name));
        Assert.Equal(["301 2575.37", "302 375.15", "303 115.86"], Figures.EconomicBasicGeneralPublic.Classes.Select(c => $"{c.Code} {c.Total}"));
        Assert.Equal(["301 2575.37", "302 98.75", "303 115.86"], Figures.PersonnelComposition.Select(c => $"{c.Code} {c.Amount}"));
        Assert.Equal(["302 276.40"], Figures.PublicComposition.Select(c => $"{c.Code} {c.Amount}"));
        // 302 is split: its 30239 其他交通费用 counts as personnel spending, the rest as public spending.
        var personnel302 = Figures.PersonnelComposition.Single(c => c.Code == "302");
        Assert.False(personnel302.WholeClass);
        Assert.Equal(["30239 98.75"], personnel302.Items.Select(i => $"{i.Code} {i.Amount}"));
        Assert.Equal(15, personnel302.OtherItems.Count);
        Assert.True(Figures.PersonnelComposition.Single(c => c.Code == "301").WholeClass);
        Assert.Equal(["30239 98.75"], Figures.PublicComposition.Single().OtherItems.Select(i => $"{i.Code} {i.Amount}"));
    }

    [Fact]
    public void Table_3_rows_in_code_order_with_section_totals()
    {
        Assert.Equal(
        [
            "208", "20801", "2080109", "2080199", "20802", "2080299", "20805", "2080502", "2080505", "20899", "2089999",
            "210", "21011", "2101102", "2101199", "221", "22102", "2210201", "2210203",
        ], Figures.Functional.Rows.Select(r => r.Code));
        var section = Figures.Functional.Rows.Single(r => r.Code == "20801");
        Assert.Equal(("人力资源和社会保障管理事务", 2774.07m, 2303.93m, 2027.53m, 470.14m),
            (section.Name, section.Total, section.Basic, section.Personnel, section.Project));
        Assert.Equal(312.28m, Figures.Functional.Rows.Single(r => r.Code == "20805").Total);
    }

    [Fact]
    public void Table_1_lists_all_17_classes_and_empty_tables_are_known()
    {
        Assert.Equal(17, Figures.ExpenditureClasses.Count);
        Assert.Equal(3773.89m, Figures.ExpenditureClasses.Sum(c => c.Total));
        Assert.Equal(0m, Figures.ExpenditureClasses.Single(c => c.Code == "201").Total);
    }

    [Fact]
    public void Projects_special_funds_and_coverage()
    {
        Assert.Equal(707.51m, Figures.ProjectsThisYear.Total);
        Assert.Equal((707.51m, 707.51m, 0m), (Figures.SpecialFundsTotal, Figures.SpecialFundsAllocated, Figures.SpecialFundsUnallocated));
        Assert.Equal("鞍山市社会保险事业服务中心", Figures.Projects[0].UnitName);
        var coverage = Figures.Coverage;
        Assert.Equal((2, 2, 237.37m, 100m), (coverage.RequiredProjects, coverage.ActualProjects, coverage.ActualProjectsAmount, coverage.ProjectRatio!.Value));
        Assert.Equal((1, 1, 100m), (coverage.RequiredDepartmentTargets, coverage.ActualDepartmentTargets, coverage.DepartmentRatio!.Value));
    }

    [Fact]
    public void Government_economic_table_maps_for_an_institution()
    {
        Assert.Equal(["505", "50501", "50502", "509", "50901", "50905", "50999"], Figures.EconomicGovernment.Rows.Select(r => r.Code));
        var rows = Figures.EconomicGovernment.Rows.ToDictionary(r => r.Code);
        Assert.Equal(("工资福利支出", 2575.37m), (rows["50501"].Name, rows["50501"].Total));
        Assert.Equal((375.15m, 98.75m), (rows["50502"].Total, rows["50502"].Personnel));
        Assert.Equal(3.82m + 12.25m, rows["50999"].Total);
        Assert.Equal(3066.38m, Figures.EconomicGovernment.Sum.Total);
    }

    [Fact]
    public void Seed_passes_every_check_except_the_missing_project_economic_rows()
    {
        var diagnostics = BudgetChecker.Check(SeedBudget.Build(), RepoPaths.Catalog, CheckOptions.Default);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(["economic.project-missing"], diagnostics.Select(d => d.RuleId));
    }
}
