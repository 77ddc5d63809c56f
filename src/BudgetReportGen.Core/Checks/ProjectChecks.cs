using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>Projects against the functional rows and themselves.</summary>
internal static class ProjectChecks
{
    public static void Run(CheckContext c, BudgetData data, BudgetFigures f)
    {
        c.Agree(Rules.ProjectsSum, "projects", "各项目金额之和（projects）与支出行的项目支出合计（expenditures）", f.Functional.Sum.Project, data.Projects.Sum(p => p.Total));
        var rowCodes = data.Expenditures.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < data.Projects.Count; i++)
        {
            var (project, path) = (data.Projects[i], $"projects[{i}]");
            if (project.FunctionalCode.Length > 0 && !rowCodes.Contains(project.FunctionalCode))
                c.Report(Rules.ProjectFunctionalCode, $"{path}.functional_code",
                    $"项目“{project.Name}”的 functional_code {project.FunctionalCode} 不是任何支出行的编码。", found: project.FunctionalCode);
            foreach (var (field, label, value) in new[]
                     {
                         ("procurement", "政府采购", project.Procurement), ("purchased_services", "政府购买服务", project.PurchasedServices),
                         ("debt", "债务支出", project.Debt),
                     })
                WithinTotal(c, Rules.ProjectPartWithinTotal, $"{path}.{field}", $"项目“{project.Name}”的{label}", value, project.Total);
            if (project.SpecialFund && project.SpecialFundAllocated is { } allocated)
                WithinTotal(c, Rules.SpecialFundAllocated, $"{path}.special_fund_allocated", $"专项资金“{project.Name}”的已分配数", allocated, project.Total);
            if (project.Category == FigureCalculator.SpecificTargetCategory && project.Indicators.Count == 0)
                c.Report(Rules.ProjectIndicators, $"{path}.indicators", $"特定目标类项目“{project.Name}”没有绩效指标，绩效目标覆盖率将低于 100%。");
            foreach (var (part, amounts) in new[] { ("this_year", project.ThisYear), ("carryover", project.Carryover) })
                foreach (var (source, value) in amounts.Where(a => a.Value < 0))
                    c.Report(Rules.NegativeAmount, $"{path}.{part}.{DataNames.Key(source)}", $"项目“{project.Name}”的{DataNames.Label(source)}为负数（{c.Amount(value)}）。",
                        "≥ 0", Amounts.FormatExact(value));
        }
        if (data.Projects.Count > 0 && data.Projects.All(p => p.FunctionalCode.Length > 0)) ByFunctionalCode(c, data);
    }

    /// <summary>When every project names its 项 code, each code's projects add up to that code's 项目支出.</summary>
    private static void ByFunctionalCode(CheckContext c, BudgetData data)
    {
        var codes = data.Projects.Select(p => p.FunctionalCode)
            .Concat(data.Expenditures.Where(r => r.Project != 0).Select(r => r.Code))
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var projectIndex = data.Projects.ToList().FindIndex(p => p.FunctionalCode == code);
            var rowIndex = data.Expenditures.ToList().FindIndex(r => r.Code == code);
            var path = projectIndex >= 0 ? $"projects[{projectIndex}].functional_code" : $"expenditures[{rowIndex}].project";
            c.Agree(Rules.ProjectsByFunctionalCode, path, $"编码 {code} 下各项目金额之和与该编码支出行的项目支出",
                data.Expenditures.Where(r => r.Code == code).Sum(r => r.Project),
                data.Projects.Where(p => p.FunctionalCode == code).Sum(p => p.Total));
        }
    }

    private static void WithinTotal(CheckContext c, Rule rule, string path, string what, decimal value, decimal total)
    {
        if (value >= 0 && value <= total) return;
        c.Report(rule, path, $"{what}为 {c.Amount(value)}，应在 0 与项目总额 {c.Amount(total)} 之间。",
            $"0–{Amounts.FormatExact(total)}", Amounts.FormatExact(value));
    }
}
