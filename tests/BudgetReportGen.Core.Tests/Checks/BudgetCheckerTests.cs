using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Tests.Classification;

namespace BudgetReportGen.Core.Tests.Checks;

public class BudgetCheckerTests
{
    /// <summary>A way to break one rule: the change to the valid budget (and optionally the catalog), and the diagnostic expected.</summary>
    public sealed record Failure(string RuleId, Func<BudgetData, BudgetData> Break, string Path, string? Expected, string? Found,
        Func<ClassificationCatalog, ClassificationCatalog>? BreakCatalog = null);

    private static readonly Dictionary<string, Failure> Failures = new Failure[]
    {
        new("year.range", d => d with { Year = 1999 }, "year", "2000–2100", "1999"),
        new("department.name-empty", d => d with { Department = d.Department with { Names = [" "] } }, "department.names[0]", null, null),
        new("year.publish-date", d => d with { PublishDate = new DateOnly(2024, 3, 1) }, "publish_date", "2022-01-01 至 2023-12-31", "2024-03-01"),
        new("year.publish-date-unusual", d => d with { PublishDate = new DateOnly(2022, 12, 20) }, "publish_date", null, "2022-12-20"),
        new("year.deadline", d => d with { Projects = d.Projects.With(0, p => p with { Indicators = p.Indicators.With(0, i => i with { Deadline = "2022-12" }) }) },
            "projects[0].indicators[0].deadline", "2023 年内", "2022-12"),
        new("year.deadline-later", d => d with { Projects = d.Projects.With(0, p => p with { Indicators = p.Indicators.With(0, i => i with { Deadline = "2024年6月" }) }) },
            "projects[0].indicators[0].deadline", "2023 年内", "2024年6月"),
        new("year.assets-date", d => d with { Assets = d.Assets with { AsOf = "2023-05" } }, "assets.as_of", "2022-12", "2023-05"),
        new("year.assets-date-unusual", d => d with { Assets = d.Assets with { AsOf = "2021-12" } }, "assets.as_of", "2022-12", "2021-12"),
        new("organisation.count", d => d with { Organisation = new Organisation { InternalUnits = ["综合科", "业务科"], InternalUnitCount = 1 } },
            "organisation.internal_unit_count", "2", "1"),
        new("hierarchy.code-format", d => d with { Expenditures = d.Expenditures.With(1, r => r with { Code = "208019" }) },
            "expenditures[1].code", "7 位数字", "208019"),
        new("row.duplicate", d => d with { Expenditures = [.. d.Expenditures, d.Expenditures[2]] }, "expenditures[5].code", null, null),
        new("row.basic-split", d => d with { Expenditures = d.Expenditures.With(0, r => r with { StatedTotal = 99m }) },
            "expenditures[0].stated_total", "100.00", "99.00"),
        new("row.negative-amount", d => d with { Expenditures = d.Expenditures.With(0, r => r with { LastYear = -1m }) },
            "expenditures[0].last_year", "≥ 0", "-1.00"),
        new("economic.row-kind", d => d with { EconomicBasic = d.EconomicBasic.With(0, r => r with { Project = 1m }) },
            "economic_basic[0].project", "0.00", "1.00"),
        new("hierarchy.subtotal", d => d with { StatedSubtotals = d.StatedSubtotals.With(1, s => s with { Total = 379.995m }) },
            "stated_subtotals[1].total", "380.00", "379.995"),
        new("hierarchy.subtotal-code", d => d with { StatedSubtotals = d.StatedSubtotals.With(1, s => s with { Code = "209" }) },
            "stated_subtotals[1].code", null, null),
        new("hierarchy.parent-unknown", d => d with { Expenditures = d.Expenditures.With(2, r => r with { Code = "2999901" }) },
            "expenditures[2].code", null, "299"),
        new("catalog.named-in-data", d => d with
            {
                Expenditures = d.Expenditures.With(2, r => r with { Code = "2999901" }),
                CodeNames = [new CodeName { Code = "299", Name = "测试类" }, new CodeName { Code = "29999", Name = "测试款" }],
            },
            "expenditures[2].code", null, "299"),
        new("income.stated-total", d => d with { Income = d.Income with { StatedTotal = 401m } }, "income.stated_total", "400.00", "401.00"),
        new("balance.income-equals-expenditure", d => d with { YearEndCarryover = 5m }, "income", "415.00", "410.00"),
        new("income.source-matches-rows", d => d with { Income = d.Income with { ThisYear = new Dictionary<FundingSource, decimal>
            { [FundingSource.GeneralPublicBudget] = 380m, [FundingSource.GovernmentFund] = 21m } } },
            "income.this_year.government_fund", "20.00", "21.00"),
        new("economic.general-public-basic-matches-functional", d => d with { EconomicBasic = d.EconomicBasic.With(0, r => r with { Source = FundingSource.GovernmentFund }) },
            "economic_basic", "230.00", "30.00"),
        new("economic.basic-matches-functional", d => d with { EconomicBasic = d.EconomicBasic.With(0, r => r with { Personnel = 199m }) },
            "economic_basic", "230.00", "229.00"),
        new("economic.project-matches-functional", d => d with { EconomicProject = d.EconomicProject.With(1, r => r with { Project = 106m }) },
            "economic_project", "130.00", "129.00"),
        new("economic.project-missing", d => d with { EconomicProject = [] }, "economic_project", null, null),
        new("three-public.sum", d => d with { ThreePublic = d.ThreePublic with { StatedTotal = 12m } }, "three_public.stated_total", "11.00", "12.00"),
        new("three-public.vehicle-sum", d => d with { ThreePublic = d.ThreePublic with { StatedVehicleTotal = 9m } },
            "three_public.stated_vehicle_total", "8.00", "9.00"),
        new("three-public.economic-30212", d => d with { ThreePublic = d.ThreePublic with { Outbound = d.ThreePublic.Outbound with { Amount = 2m } } },
            "three_public.outbound.amount", "1.00", "2.00"),
        new("three-public.economic-30217", d => d with { ThreePublic = d.ThreePublic with { Reception = d.ThreePublic.Reception with { Amount = 3m } } },
            "three_public.reception.amount", "2.00", "3.00"),
        new("three-public.economic-30231", d => d with { EconomicBasic = d.EconomicBasic.With(3, r => r with { Public = 6m }) },
            "three_public.vehicle_operation.amount", "6.00", "5.00"),
        new("three-public.economic-vehicle-purchase",
            d => d with { ThreePublic = d.ThreePublic with { VehiclePurchase = d.ThreePublic.VehiclePurchase with { Amount = 2m } } },
            "three_public.vehicle_purchase.amount", "3.00", "2.00"),
        new("projects.sum", d => d with { Projects = d.Projects.With(0, p => p with { Carryover = new Dictionary<FundingSource, decimal>() }) },
            "projects", "130.00", "120.00"),
        new("projects.functional-code", d => d with { Projects = d.Projects.With(0, p => p with { FunctionalCode = "2080101" }) },
            "projects[0].functional_code", null, "2080101"),
        new("projects.by-functional-code", d => d with { Projects = SplitProject(d.Projects[0]) }, "projects[0].functional_code", "130.00", "120.00"),
        new("projects.part-within-total", d => d with { Projects = d.Projects.With(0, p => p with { Debt = 131m }) },
            "projects[0].debt", "0–130.00", "131.00"),
        new("special-funds.allocated", d => d with { Projects = d.Projects.With(0, p => p with { SpecialFundAllocated = -1m }) },
            "projects[0].special_fund_allocated", "0–130.00", "-1.00"),
        new("procurement.sum", d => d with { Procurement = d.Procurement with { Works = 1m } }, "procurement", "13.00", "14.00"),
        new("procurement.reserved", d => d with { Procurement = d.Procurement with { SmeReserved = 14m } }, "procurement.sme_reserved", "≤ 13.00", "14.00"),
        new("purchased-services.sum", d => d with { PurchasedServices = 8m }, "purchased_services", "7.00", "8.00"),
        new("debt.sum", d => d with { Debt = 4m }, "debt", "5.00", "4.00"),
        new("performance.tasks-sum", d => d with { Performance = d.Performance with
            { Tasks = d.Performance.Tasks.With(0, t => t with { Amount = 229.99m }) } }, "performance.tasks", "280.00", "279.99"),
        new("performance.missing-indicators", d => d with { Projects = d.Projects.With(0, p => p with { Indicators = [] }) },
            "projects[0].indicators", null, null),
        new("reason.missing", d => d with { Reasons = d.Reasons with { Total = " " } }, "reasons.total", null, null),
        new("catalog.unknown-code", d => d with { Expenditures = d.Expenditures.With(2, r => r with { Code = "2101109" }) },
            "expenditures[2].code", null, "2101109"),
        new("catalog.name-mismatch", d => d with { Expenditures = d.Expenditures.With(2, r => r with { Name = "事业单位医疗费" }) },
            "expenditures[2].name", "事业单位医疗", "事业单位医疗费"),
        new("catalog.unmapped-code", d => d, "economic_basic[5].code", null, "30201",
            c => c with { Mapping = new EconomicMapping(c.Mapping.Entries.Where(e => e.DepartmentCode != "30201")) }),
    }.ToDictionary(f => f.RuleId);

    public static TheoryData<string> RuleIds => new(Rules.All.Select(r => r.Id));

    private static IReadOnlyList<Diagnostic> Check(BudgetData data, ClassificationCatalog? catalog = null, decimal tolerance = 0m) =>
        BudgetChecker.Check(data, catalog ?? RepoPaths.Catalog, new CheckOptions { Tolerance = tolerance });

    [Fact]
    public void The_valid_budget_passes_every_rule() => Assert.Empty(Check(TestBudget.Valid()));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_reports_its_failure_with_path_expected_and_found(string ruleId)
    {
        Assert.True(Failures.TryGetValue(ruleId, out var failure), $"no failing case for {ruleId}");
        var rule = Rules.All.Single(r => r.Id == ruleId);
        var catalog = failure.BreakCatalog?.Invoke(RepoPaths.Catalog) ?? RepoPaths.Catalog;

        var diagnostics = Check(failure.Break(TestBudget.Valid()), catalog);

        var found = diagnostics.Where(d => d.RuleId == ruleId).ToList();
        Assert.True(found.Count > 0, $"{ruleId} not reported; got: {string.Join(", ", diagnostics.Select(d => d.RuleId))}");
        var diagnostic = found.FirstOrDefault(d => d.Path == failure.Path);
        Assert.True(diagnostic is not null, $"{ruleId} reported at {string.Join(", ", found.Select(d => d.Path))}, not {failure.Path}");
        Assert.Equal((failure.Expected, failure.Found), (diagnostic.Expected, diagnostic.Found));
        Assert.Equal(rule.Severity, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Fix));
        if (failure.Found is not null) Assert.Contains(failure.Found, diagnostic.Message);
    }

    [Fact]
    public void Rule_ids_are_unique_and_documented()
    {
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct().Count());
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "checks.md"));
        Assert.All(Rules.All, rule => Assert.Contains($"`{rule.Id}`", docs));
    }

    [Fact]
    public void Tolerance_accepts_small_differences_only()
    {
        var data = TestBudget.Valid() with { Income = TestBudget.Valid().Income with { StatedTotal = 400.01m } };
        Assert.DoesNotContain(Check(data, tolerance: 0.01m), d => d.RuleId == "income.stated-total");
        Assert.Contains(Check(data), d => d.RuleId == "income.stated-total");
        var further = data with { Income = data.Income with { StatedTotal = 400.02m } };
        Assert.Contains(Check(further, tolerance: 0.01m), d => d.RuleId == "income.stated-total");
    }

    [Fact]
    public void Diagnostics_are_placed_through_the_source_map()
    {
        var map = new SourceMap("budget.yaml");
        map.Add("income", 10, 1);
        map.Add("income.stated_total", 14, 3);
        var data = TestBudget.Valid() with { Income = TestBudget.Valid().Income with { StatedTotal = 401m } };
        var diagnostic = BudgetChecker.Check(data, null, CheckOptions.Default, map).Single();
        Assert.Equal(new SourceLocation("budget.yaml", 14, 3), diagnostic.Location);
        Assert.Contains("401.00 万元", diagnostic.Message);
    }

    [Fact]
    public void Without_a_catalog_no_catalog_rule_runs()
    {
        var data = TestBudget.Valid() with { Expenditures = TestBudget.Valid().Expenditures.With(2, r => r with { Code = "2101109", Name = "x" }) };
        Assert.Empty(BudgetChecker.Check(data, null, CheckOptions.Default));
        Assert.Contains(Check(data), d => d.RuleId == "catalog.unknown-code");
    }

    [Fact]
    public void Messages_use_the_file_unit()
    {
        var data = TestBudget.Valid() with { Unit = AmountUnit.Yuan, Debt = 4m };
        var diagnostic = Check(data).Single();
        Assert.Contains("5.00 元", diagnostic.Message);
        Assert.DoesNotContain("万元", diagnostic.Message);
    }

    [Theory]
    [InlineData("three_public.vehicle_purchase.reason", "新增")]
    [InlineData("three_public.vehicle_operation.reason", "减少 1.00 万元")]
    [InlineData("operating_costs.reason", "减少 5.00 万元")]
    [InlineData("expenditures[0].reason", "增加 10.00 万元")]
    [InlineData("reasons.fiscal", "增加 10.00 万元")]
    [InlineData("three_public.reason", "增加 2.00 万元")]
    [InlineData("three_public.vehicle_reason", "增加 2.00 万元")]
    public void A_change_without_reason_is_a_warning(string path, string words)
    {
        var data = TestBudget.Valid();
        data = data with
        {
            Reasons = data.Reasons with { Fiscal = null },
            ThreePublic = data.ThreePublic with
            {
                Reason = null, VehicleReason = null,
                VehiclePurchase = data.ThreePublic.VehiclePurchase with { Reason = null },
                VehicleOperation = data.ThreePublic.VehicleOperation with { Reason = null },
            },
            OperatingCosts = data.OperatingCosts with { Reason = "" },
            Expenditures = data.Expenditures.With(0, r => r with { Reason = null }),
        };
        var diagnostics = Check(data);
        Assert.All(diagnostics, d => Assert.Equal(("reason.missing", Severity.Warning), (d.RuleId, d.Severity)));
        Assert.Equal(7, diagnostics.Count);
        Assert.Contains(words, diagnostics.Single(d => d.Path == path).Message);
    }

    [Fact]
    public void Flat_comparisons_need_no_reason()
    {
        var data = TestBudget.Valid();
        data = data with { ThreePublic = data.ThreePublic with { Outbound = data.ThreePublic.Outbound with { Reason = null } } };
        Assert.Empty(Check(data));
    }

    [Fact]
    public void Tasks_may_cover_basic_and_project_spending()
    {
        var data = TestBudget.Valid();
        data = data with { Performance = data.Performance with { Tasks = [.. data.Performance.Tasks, new PerformanceTask { Name = "项目", Amount = 130m }] } };
        Assert.Empty(Check(data));
    }

    /// <summary>The one project split in two: 120 under 2080109 and the carry-over 10 under 2080199 (a row without project spending).</summary>
    private static IReadOnlyList<Project> SplitProject(Project project) =>
    [
        project with { Carryover = new Dictionary<FundingSource, decimal>(), SpecialFundAllocated = null, Procurement = 0, PurchasedServices = 0 },
        new Project
        {
            Name = "结转项目", FunctionalCode = "2080199",
            Carryover = new Dictionary<FundingSource, decimal> { [FundingSource.GeneralPublicBudget] = 10m },
            Procurement = 10m, PurchasedServices = 7m,
        },
    ];
}
