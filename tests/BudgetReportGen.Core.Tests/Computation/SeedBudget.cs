using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Tests.Computation;

/// <summary>
/// The seed department (鞍山市社会保险事业服务中心, 2023) built from the published report's figures:
/// 表3 项 rows, 表6 economic rows with the seed's personnel/public split (30239 booked as personnel), 表7 with last year,
/// 机关运行经费, the four projects of 表18/19 and the tasks of 表17. Everything is 一般公共预算 this year.
/// </summary>
public static class SeedBudget
{
    private const string Reason = "事业单位基础绩效奖金的增加以及各类配缴项的增加。";

    public static BudgetData Build() => new()
    {
        Year = 2023,
        PublishDate = new DateOnly(2023, 2, 10),
        Department = new Department
        {
            Names = ["鞍山市社会保险事业服务中心", "鞍山市劳动和社会保障综合行政执法队", "鞍山市鞍钢厂办大集体改革职工托管中心"],
            Code = "013002",
            RegionCode = "210300000",
            Kind = UnitKind.Institution,
            Supervisor = "鞍山市人力资源和社会保障局",
        },
        Income = new Income { ThisYear = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 3773.89m } },
        Expenditures =
        [
            Row("2080109", "社会保险经办机构", project: 464.64m),
            Row("2080199", "其他人力资源和社会保障管理事务支出", 2027.53m, 276.40m, 5.50m),
            Row("2080299", "其他民政管理事务支出", project: 200.00m),
            Row("2080502", "事业单位离退休", 24.78m),
            Row("2080505", "机关事业单位基本养老保险缴费支出", 287.50m),
            Row("2089999", "其他社会保障和就业支出", project: 37.37m),
            Row("2101102", "事业单位医疗", 112.21m),
            Row("2101199", "其他行政事业单位医疗支出", 1.84m),
            Row("2210201", "住房公积金", 215.62m),
            Row("2210203", "购房补贴", 120.50m),
        ],
        EconomicBasic =
        [
            Economic("30101", "基本工资", 943.32m), Economic("30102", "津贴补贴", 145.38m), Economic("30107", "绩效工资", 852.10m),
            Economic("30108", "机关事业单位基本养老保险缴费", 287.50m), Economic("30110", "职工基本医疗保险缴费", 114.05m),
            Economic("30112", "其他社会保障缴费", 17.40m), Economic("30113", "住房公积金", 215.62m),
            Economic("30201", "办公费", pub: 20.00m), Economic("30202", "印刷费", pub: 5.00m), Economic("30205", "水费", pub: 5.00m),
            Economic("30206", "电费", pub: 5.00m), Economic("30207", "邮电费", pub: 6.65m), Economic("30208", "取暖费", pub: 87.15m),
            Economic("30209", "物业管理费", pub: 15.00m), Economic("30211", "差旅费", pub: 5.00m), Economic("30213", "维修（护）费", pub: 15.00m),
            Economic("30214", "租赁费", pub: 2.40m), Economic("30217", "公务接待费", pub: 1.00m), Economic("30226", "劳务费", pub: 1.00m),
            Economic("30228", "工会经费", pub: 30.33m), Economic("30231", "公务用车运行维护费", pub: 8.00m),
            Economic("30239", "其他交通费用", 98.75m), Economic("30299", "其他商品和服务支出", pub: 69.87m),
            Economic("30302", "退休费", 21.18m), Economic("30305", "生活补助", 78.61m), Economic("30309", "奖励金", 3.82m),
            Economic("30399", "其他对个人和家庭的补助支出", 12.25m),
        ],
        ThreePublic = new ThreePublicExpenses
        {
            Outbound = new ComparedAmount { Amount = 0m, LastYear = 0m },
            VehiclePurchase = new ComparedAmount { Amount = 0m, LastYear = 0m },
            VehicleOperation = new ComparedAmount { Amount = 8m, LastYear = 8m },
            Reception = new ComparedAmount { Amount = 1m, LastYear = 0.5m, Reason = "主要是依据2022年实际支出情况做的适当调整。" },
            Reason = "主要是依据2022年实际支出情况做的适当调整。",
        },
        OperatingCosts = new ComparedAmount { Amount = 276.40m, LastYear = 297.79m, Reason = "主要是落实过紧日子要求，厉行勤俭节约，压减一般性支出。" },
        Assets = new Assets { AsOf = "2022-12", Vehicles = new Vehicles { General = 4 }, GeneralEquipmentOver50 = 3, SpecialEquipmentOver100 = 1 },
        Projects =
        [
            Project("办公用房物业费", "其他运转类", "2080199", 5.50m),
            Project("厂办职工安置费", "其他运转类", "2080109", 464.64m),
            Project("社保事业服务中心代发本级补助需资金（市）", "特定目标类", "2089999", 37.37m),
            Project("其他民政管理事务支出（市）", "特定目标类", "2080299", 200.00m),
        ],
        Performance = new DepartmentPerformance
        {
            Tasks =
            [
                new PerformanceTask { Name = "基本支出人员经费（保工资）", Amount = 2265.62m },
                new PerformanceTask { Name = "基本支出人员经费（刚性）", Amount = 524.36m },
                new PerformanceTask { Name = "基本支出公用经费（保运转）", Amount = 275.40m },
                new PerformanceTask { Name = "基本支出公用经费（其他）", Amount = 1.00m },
            ],
            Goals = ["贯彻执行国家及省、市有关企业职工基本养老保险、机关事业单位养老保险、城乡居民养老保险和工伤保险法律法规及有关政策规定。"],
            Indicators = [Indicator("重点工作办结率")],
        },
        LastYear = new LastYear { Total = 3742.71m, FiscalTotal = 3742.71m },
        Reasons = new Reasons { Total = Reason, Fiscal = Reason },
    };

    private static FunctionalRow Row(string code, string name, decimal personnel = 0, decimal pub = 0, decimal project = 0) =>
        new() { Code = code, Name = name, Personnel = personnel, Public = pub, Project = project };

    private static EconomicRow Economic(string code, string name, decimal personnel = 0, decimal pub = 0) =>
        new() { Code = code, Name = name, Personnel = personnel, Public = pub };

    private static Project Project(string name, string category, string code, decimal amount) => new()
    {
        Name = name,
        Category = category,
        FunctionalCode = code,
        ThisYear = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = amount },
        SpecialFund = true,
        Indicators = [Indicator("发放到位率")],
    };

    private static Indicator Indicator(string name) => new()
    {
        Level1 = "产出指标", Level2 = "质量指标", Name = name, Operator = "=", Value = "100", MeasureUnit = "%", Deadline = "2023-12",
    };
}
