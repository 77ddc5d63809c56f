using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Tests.Checks;

/// <summary>
/// Small budgets for tests. <see cref="Valid"/> satisfies every rule with the shipped catalog and exercises each of them
/// (stated totals, 三公 economic rows, a special fund, carry-over, a government fund row, changes with reasons).
/// </summary>
public static class TestBudget
{
    private static readonly Dictionary<FundingSource, decimal> NoAmounts = new();

    public static BudgetData Valid() => Minimal(
    [
        new FunctionalRow { Code = "2080109", Name = "社会保险经办机构", Project = 100m, LastYear = 90m, Reason = "业务量增加。", StatedTotal = 100m },
        new FunctionalRow { Code = "2080199", Name = "其他人力资源和社会保障管理事务支出", Personnel = 200m, Public = 50m },
        new FunctionalRow { Code = "2101102", Name = "事业单位医疗", Personnel = 30m },
        new FunctionalRow { Code = "2080109", Name = "社会保险经办机构", Project = 20m, Source = FundingSource.GovernmentFund },
        new FunctionalRow { Code = "2080109", Name = "社会保险经办机构", Project = 10m, Carryover = true },
    ]) with
    {
        Income = new Income
        {
            ThisYear = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 380m, [FundingSource.GovernmentFund] = 20m },
            Carryover = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 10m },
            StatedTotal = 400m,
        },
        EconomicBasic =
        [
            new EconomicRow { Code = "30101", Name = "基本工资", Personnel = 200m },
            new EconomicRow { Code = "30110", Name = "职工基本医疗保险缴费", Personnel = 30m },
            new EconomicRow { Code = "30217", Name = "公务接待费", Public = 2m },
            new EconomicRow { Code = "30231", Name = "公务用车运行维护费", Public = 5m },
            new EconomicRow { Code = "30212", Name = "因公出国（境）费用", Public = 1m },
            new EconomicRow { Code = "30201", Name = "办公费", Public = 42m },
        ],
        EconomicProject =
        [
            new EconomicRow { Code = "31013", Name = "公务用车购置", Project = 3m },
            new EconomicRow { Code = "30227", Name = "委托业务费", Project = 107m },
            new EconomicRow { Code = "30227", Name = "委托业务费", Project = 20m, Source = FundingSource.GovernmentFund },
        ],
        StatedSubtotals =
        [
            new StatedSubtotal { Classification = SubtotalClassification.Functional, Code = "", Total = 410m },
            new StatedSubtotal { Classification = SubtotalClassification.Functional, Code = "208", Total = 380m },
            new StatedSubtotal { Classification = SubtotalClassification.Functional, Code = "20801", Total = 380m },
            new StatedSubtotal { Classification = SubtotalClassification.EconomicBasic, Code = "301", Total = 230m },
            new StatedSubtotal { Classification = SubtotalClassification.EconomicProject, Code = "", Total = 130m },
        ],
        ThreePublic = new ThreePublicExpenses
        {
            Outbound = new ComparedAmount { Amount = 1m, LastYear = 1m },
            VehiclePurchase = new ComparedAmount { Amount = 3m, LastYear = 0m, Reason = "车辆更新。" },
            VehicleOperation = new ComparedAmount { Amount = 5m, LastYear = 6m, Reason = "压减开支。" },
            Reception = new ComparedAmount { Amount = 2m, LastYear = 2m },
            Reason = "车辆更新。",
            VehicleReason = "车辆更新。",
            StatedTotal = 11m,
            StatedVehicleTotal = 8m,
        },
        OperatingCosts = new ComparedAmount { Amount = 50m, LastYear = 55m, Reason = "压减一般性支出。" },
        Procurement = new Procurement { Goods = 3m, Services = 10m },
        PurchasedServices = 7m,
        Debt = 5m,
        Projects =
        [
            new Project
            {
                Name = "社保经办项目",
                Category = "特定目标类",
                FunctionalCode = "2080109",
                ThisYear = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 100m, [FundingSource.GovernmentFund] = 20m },
                Carryover = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 10m },
                SpecialFund = true,
                SpecialFundAllocated = 100m,
                Procurement = 13m,
                PurchasedServices = 7m,
                Debt = 5m,
                Indicators = [new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "经办人次", Operator = ">=", Value = "1000", MeasureUnit = "人次" }],
            },
        ],
        Performance = new DepartmentPerformance
        {
            Tasks = [new PerformanceTask { Name = "保工资", Amount = 230m }, new PerformanceTask { Name = "保运转", Amount = 50m }],
            Goals = ["完成经办服务。"],
        },
        LastYear = new LastYear { Total = 400m, FiscalTotal = 400m },
        Reasons = new Reasons { Total = "业务量增加。", Fiscal = "业务量增加。" },
    };

    /// <summary>Just <paramref name="rows"/> (this year's 一般公共预算 unless they say otherwise), with the income that balances them.</summary>
    public static BudgetData Minimal(IReadOnlyList<FunctionalRow> rows) => new()
    {
        Year = 2023,
        PublishDate = new DateOnly(2023, 2, 10),
        Department = new Department { Names = ["测试中心"], Code = "001", Kind = UnitKind.Institution, Supervisor = "测试局" },
        Income = new Income
        {
            ThisYear = rows.Where(r => !r.Carryover).GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Sum(r => r.Total)),
            Carryover = NoAmounts,
        },
        Expenditures = rows,
    };

    /// <summary>A copy of <paramref name="list"/> with item <paramref name="index"/> changed.</summary>
    public static IReadOnlyList<T> With<T>(this IReadOnlyList<T> list, int index, Func<T, T> change) =>
        list.Select((item, i) => i == index ? change(item) : item).ToList();
}
