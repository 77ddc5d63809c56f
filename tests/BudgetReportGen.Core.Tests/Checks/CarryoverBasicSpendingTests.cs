using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Tests.Classification;

namespace BudgetReportGen.Core.Tests.Checks;

/// <summary>
/// Basic spending paid from last year's general-public-budget money: its economic rows carry <c>carryover: true</c>, so 表6
/// (this year only) still matches 表5 and the economic rows as a whole still match the functional rows.
/// </summary>
public class CarryoverBasicSpendingTests
{
    private static BudgetData WithCarriedOverPersonnel(bool economicRowMarkedCarryover)
    {
        var valid = TestBudget.Valid();
        return valid with
        {
            Expenditures = [.. valid.Expenditures, new FunctionalRow { Code = "2101102", Name = "事业单位医疗", Personnel = 7m, Carryover = true }],
            Income = valid.Income with
            {
                Carryover = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 17m },
                StatedTotal = valid.Income.StatedTotal,
            },
            EconomicBasic = [.. valid.EconomicBasic, new EconomicRow { Code = "30110", Name = "职工基本医疗保险缴费", Personnel = 7m, Carryover = economicRowMarkedCarryover }],
            StatedSubtotals = [.. valid.StatedSubtotals.Where(s => s.Code is not ("" or "301") || s.Classification == SubtotalClassification.EconomicProject),
                new StatedSubtotal { Classification = SubtotalClassification.Functional, Code = "", Total = 417m },
                new StatedSubtotal { Classification = SubtotalClassification.EconomicBasic, Code = "301", Total = 237m }],
            Performance = valid.Performance with { Tasks = [.. valid.Performance.Tasks, new PerformanceTask { Name = "结转资金保工资", Amount = 7m }] },
        };
    }

    [Fact]
    public void Carried_over_basic_spending_marked_as_such_passes_and_stays_out_of_table_6()
    {
        var data = WithCarriedOverPersonnel(economicRowMarkedCarryover: true);
        var diagnostics = BudgetChecker.Check(data, RepoPaths.Catalog, new CheckOptions());
        Assert.DoesNotContain(diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        var figures = FigureCalculator.Compute(data, RepoPaths.Catalog);
        Assert.Equal(figures.GeneralPublic.Sum.Personnel, figures.EconomicBasicGeneralPublic.Sum.Personnel);
        Assert.Equal(230m, figures.EconomicBasicGeneralPublic.Sum.Personnel);
        Assert.Equal(237m, figures.EconomicDepartment.Sum.Personnel);
    }

    [Fact]
    public void Carried_over_basic_spending_booked_as_this_year_is_caught_by_the_table_6_rule()
    {
        var diagnostics = BudgetChecker.Check(WithCarriedOverPersonnel(economicRowMarkedCarryover: false), RepoPaths.Catalog, new CheckOptions());
        var finding = Assert.Single(diagnostics, d => d.RuleId == "economic.general-public-basic-matches-functional");
        Assert.Equal(("230.00", "237.00"), (finding.Expected, finding.Found));
    }
}
