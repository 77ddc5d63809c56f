using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>The identities between totals: T1, income by source, table 6 and 13 against the functional rows, 三公, table 17.</summary>
internal static class TotalChecks
{
    public static void Run(CheckContext c, BudgetData data, BudgetFigures f)
    {
        if (data.Income.StatedTotal is { } stated)
            c.Agree(Rules.IncomeSum, "income.stated_total", "写明的本年收入合计与各项本年收入之和", f.Income.ThisYearTotal, stated);
        c.Agree(Rules.IncomeEqualsExpenditure, "income", "收入总计（本年收入 + 上年结转结余）与支出总计（本年支出合计 + 年终结转结余）",
            f.ExpenditureTotal, f.Income.Total);
        if (data.YearEndCarryover == 0) IncomeBySource(c, data);

        var generalPublic = f.GeneralPublic.Sum;
        var table6 = f.EconomicBasicGeneralPublic.Sum;
        c.Agree(Rules.GeneralPublicBasicMatchesFunctional, "economic_basic", "一般公共预算基本支出的经济分类人员经费与功能分类人员经费", generalPublic.Personnel, table6.Personnel);
        c.Agree(Rules.GeneralPublicBasicMatchesFunctional, "economic_basic", "一般公共预算基本支出的经济分类公用经费与功能分类公用经费", generalPublic.Public, table6.Public);
        var functional = f.Functional.Sum;
        c.Agree(Rules.EconomicBasicMatchesFunctional, "economic_basic", "经济分类基本支出的人员经费与功能分类的人员经费",
            functional.Personnel, data.EconomicBasic.Sum(r => r.Personnel));
        c.Agree(Rules.EconomicBasicMatchesFunctional, "economic_basic", "经济分类基本支出的公用经费与功能分类的公用经费",
            functional.Public, data.EconomicBasic.Sum(r => r.Public));
        if (data.EconomicProject.Count > 0)
            c.Agree(Rules.EconomicProjectMatchesFunctional, "economic_project", "经济分类项目支出与功能分类项目支出",
                functional.Project, data.EconomicProject.Sum(r => r.Project));
        else if (functional.Project != 0)
            c.Report(Rules.EconomicProjectMissing, "economic_project",
                $"有项目支出 {c.Amount(functional.Project)}，但没有项目支出的经济分类行（economic_project），按经济分类列示的支出将缺少项目支出。");

        ThreePublic(c, data, f.ThreePublic);
        PerformanceTasks(c, data, functional);
        c.Agree(Rules.ProcurementSum, "procurement", "政府采购（货物 + 工程 + 服务）与各项目政府采购之和",
            data.Projects.Sum(p => p.Procurement), data.Procurement.Total);
        var procurement = data.Procurement;
        if (procurement.SmeReserved > procurement.Total)
            c.Report(Rules.ProcurementReserved, "procurement.sme_reserved",
                $"面向中小企业预留的政府采购预算 {c.Amount(procurement.SmeReserved)} 大于政府采购预算 {c.Amount(procurement.Total)}。",
                $"≤ {Amounts.FormatExact(procurement.Total)}", Amounts.FormatExact(procurement.SmeReserved));
        if (procurement.SmallMicroReserved > procurement.SmeReserved)
            c.Report(Rules.ProcurementReserved, "procurement.small_micro_reserved",
                $"预留给小型和微型企业的政府采购预算 {c.Amount(procurement.SmallMicroReserved)} 大于面向中小企业预留的 {c.Amount(procurement.SmeReserved)}。",
                $"≤ {Amounts.FormatExact(procurement.SmeReserved)}", Amounts.FormatExact(procurement.SmallMicroReserved));
        c.Agree(Rules.PurchasedServicesSum, "purchased_services", "政府购买服务合计与各项目政府购买服务之和",
            data.Projects.Sum(p => p.PurchasedServices), data.PurchasedServices);
        c.Agree(Rules.DebtSum, "debt", "债务支出合计与各项目债务支出之和", data.Projects.Sum(p => p.Debt), data.Debt);
    }

    private static void IncomeBySource(CheckContext c, BudgetData data)
    {
        foreach (var carryover in new[] { false, true })
        {
            var income = carryover ? data.Income.Carryover : data.Income.ThisYear;
            foreach (var source in Enum.GetValues<FundingSource>())
            {
                var rows = data.Expenditures.Where(r => r.Source == source && r.Carryover == carryover).Sum(r => r.Total);
                c.Agree(Rules.IncomeBySource, $"income.{(carryover ? "carryover" : "this_year")}.{DataNames.Key(source)}",
                    $"{DataNames.Label(source)}{(carryover ? "上年结转结余" : "本年收入")}与该来源{(carryover ? "结转" : "本年")}支出行之和",
                    rows, income.GetValueOrDefault(source));
            }
        }
    }

    private static void ThreePublic(CheckContext c, BudgetData data, ThreePublicFigures f)
    {
        var t = data.ThreePublic;
        if (t.StatedTotal is { } total)
            c.Agree(Rules.ThreePublicSum, "three_public.stated_total", "写明的“三公”经费合计与各项之和", f.Total.Amount, total);
        if (t.StatedVehicleTotal is { } vehicle)
            c.Agree(Rules.ThreePublicVehicleSum, "three_public.stated_vehicle_total", "写明的公务用车购置及运行费与购置费 + 运行费", f.Vehicle.Amount, vehicle);

        var economic = data.EconomicBasic.Concat(data.EconomicProject).Where(r => r.Source == FundingSource.GeneralPublicBudget).ToList();
        (Rule Rule, string[] Codes, string Field, string Label, decimal Amount)[] items =
        [
            (Rules.ThreePublicEconomic30212, ["30212"], "outbound", "因公出国（境）费", t.Outbound.Amount),
            (Rules.ThreePublicEconomic30217, ["30217"], "reception", "公务接待费", t.Reception.Amount),
            (Rules.ThreePublicEconomic30231, ["30231"], "vehicle_operation", "公务用车运行费", t.VehicleOperation.Amount),
            (Rules.ThreePublicEconomicVehiclePurchase, ["30913", "31013"], "vehicle_purchase", "公务用车购置费", t.VehiclePurchase.Amount),
        ];
        foreach (var item in items)
        {
            var rows = economic.Where(r => item.Codes.Contains(r.Code)).ToList();
            if (rows.Count > 0)
                c.Agree(item.Rule, $"three_public.{item.Field}.amount", $"“三公”经费中的{item.Label}与经济分类 {string.Join("/", item.Codes)}（一般公共预算）各行之和",
                    rows.Sum(r => r.Total), item.Amount);
        }
    }

    /// <summary>Table 17's tasks cover 基本支出, or 基本支出 + 项目支出 when the tasks include the projects.</summary>
    private static void PerformanceTasks(CheckContext c, BudgetData data, Computation.ClassifiedRow functional)
    {
        var tasks = data.Performance.Tasks;
        if (tasks.Count == 0) return;
        var sum = tasks.Sum(t => t.Amount);
        var withProjects = functional.Project != 0 && Math.Abs(sum - functional.Total) < Math.Abs(sum - functional.Basic);
        c.Agree(Rules.PerformanceTasksSum, "performance.tasks", withProjects ? "整体绩效目标的年度主要任务金额之和与基本支出 + 项目支出" : "整体绩效目标的年度主要任务金额之和与基本支出",
            withProjects ? functional.Total : functional.Basic, sum);
    }
}
