using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Computation;

/// <summary>
/// Everything a report prints, derived once from <see cref="BudgetData"/> by the figure calculator: rollups at every level,
/// totals, year-on-year changes, shares, coverage. Templates read only these values (exposed to Scriban in snake_case),
/// so the three writers can never disagree. All amounts are exact (not rounded) in the data file's unit.
/// </summary>
public sealed record BudgetFigures
{
    public required BudgetData Data { get; init; }

    /// <summary>本年收入 and 上年结转结余 by source.</summary>
    public required IncomeFigures Income { get; init; }

    /// <summary>All funds, this year and carried over, by functional classification (合计 = 支出总计 − 年终结转结余).</summary>
    public required ClassifiedTable Functional { get; init; }
    /// <summary>Functional rows with income by source.</summary>
    public required IReadOnlyList<FunctionalIncomeRow> FunctionalIncome { get; init; }
    /// <summary>This year's 一般公共预算 money only, by functional classification.</summary>
    public required ClassifiedTable GeneralPublic { get; init; }
    /// <summary>财政拨款 spending (一般公共预算 + 政府性基金 + 国有资本经营), this year and carried over.</summary>
    public required ClassifiedTable Fiscal { get; init; }
    /// <summary>This year's 政府性基金预算 money, by functional classification.</summary>
    public required ClassifiedTable GovernmentFund { get; init; }
    /// <summary>This year's 国有资本经营预算 money, by functional classification.</summary>
    public required ClassifiedTable StateCapital { get; init; }

    /// <summary>一般公共预算基本支出 by department economic 类/款 (Personnel / Public columns).</summary>
    public required ClassifiedTable EconomicBasicGeneralPublic { get; init; }
    /// <summary>All spending by department economic 类/款, basic (Personnel, Public) and Project.</summary>
    public required ClassifiedTable EconomicDepartment { get; init; }
    /// <summary>All spending by government economic 类/款, mapped from the department codes for this unit kind.</summary>
    public required ClassifiedTable EconomicGovernment { get; init; }

    /// <summary>What 人员经费 of the 一般公共预算基本支出 sums: each department economic 类 that contributes a personnel amount
    /// (e.g. 301 2575.37, 302 98.75, 303 115.86) with its 款, so the text can say truthfully what the figure is made of.</summary>
    public required IReadOnlyList<CompositionPart> PersonnelComposition { get; init; }
    /// <summary>What 公用经费 of the 一般公共预算基本支出 sums, likewise.</summary>
    public required IReadOnlyList<CompositionPart> PublicComposition { get; init; }

    public required ThreePublicFigures ThreePublic { get; init; }
    /// <summary>机关运行经费 against last year.</summary>
    public required ComparedFigure OperatingCosts { get; init; }

    /// <summary>本年收支总预算 against last year (收入总计 = 支出总计).</summary>
    public required ComparedFigure Total { get; init; }
    /// <summary>财政拨款收支总预算 against last year.</summary>
    public required ComparedFigure FiscalTotal { get; init; }

    /// <summary>Every 类 of the functional catalog in code order (zero amounts where the data has none),
    /// plus any 类 the data uses that the catalog lacks.</summary>
    public required IReadOnlyList<ClassifiedRow> ExpenditureClasses { get; init; }
    /// <summary>本年支出合计 (Σ 类 = <see cref="Functional"/> 合计).</summary>
    public required decimal ExpenditureThisYear { get; init; }
    /// <summary>支出总计 = 本年支出合计 + 年终结转结余.</summary>
    public required decimal ExpenditureTotal { get; init; }

    public required IReadOnlyList<ProjectFigures> Projects { get; init; }
    /// <summary>Σ of <see cref="Projects"/> by source.</summary>
    public required SourceAmounts ProjectsThisYear { get; init; }
    public required SourceAmounts ProjectsCarryover { get; init; }
    /// <summary>Projects with a debt / procurement / purchased-services part and 部门管理专项资金.</summary>
    public required IReadOnlyList<ProjectFigures> DebtProjects { get; init; }
    public required IReadOnlyList<ProjectFigures> ProcurementProjects { get; init; }
    public required IReadOnlyList<ProjectFigures> PurchasedServiceProjects { get; init; }
    public required IReadOnlyList<ProjectFigures> SpecialFunds { get; init; }
    public required decimal SpecialFundsTotal { get; init; }
    public required decimal SpecialFundsAllocated { get; init; }
    public required decimal SpecialFundsUnallocated { get; init; }

    public required PerformanceCoverage Coverage { get; init; }

    /// <summary>本年收入 by source against last year's budget by source (not compared when the data gives no last-year income).</summary>
    public required IncomeChanges IncomeChanges { get; init; }
}

/// <summary>This year's income against last year's, by source and for the 财政拨款 and the whole.</summary>
public sealed record IncomeChanges(
    YearOnYearChange GeneralPublicBudget,
    YearOnYearChange GovernmentFund,
    YearOnYearChange StateCapital,
    YearOnYearChange FiscalSpecialAccount,
    YearOnYearChange UnitFunds,
    YearOnYearChange Fiscal,
    YearOnYearChange Total);

public enum ClassLevel { Total, Class, Section, Item }

/// <summary>
/// A row of a classification table: 合计 (code ""), 类 (3 digits), 款 (5) or 项 (7). Personnel + Public = Basic; Basic + Project = Total.
/// <see cref="Share"/> is the row's percentage of the table's 合计 at full precision.
/// </summary>
public sealed record ClassifiedRow(string Code, string Name, ClassLevel Level, decimal Personnel, decimal Public, decimal Project)
{
    public decimal Basic => Personnel + Public;
    public decimal Total => Basic + Project;
    public decimal? Share { get; init; }
    /// <summary>Against last year, when the data gives last year's figure for this row (项 rows; rolled up when every child has one).</summary>
    public YearOnYearChange? Change { get; init; }
    public string? Reason { get; init; }
}

/// <summary>A whole classification table: its 合计 row and the 类/款/项 rows in code order, each 类 followed by its 款, each 款 by its 项.</summary>
public sealed record ClassifiedTable(ClassifiedRow Sum, IReadOnlyList<ClassifiedRow> Rows)
{
    public bool IsEmpty => Rows.Count == 0;
    /// <summary>The 类 rows only.</summary>
    public IReadOnlyList<ClassifiedRow> Classes => Rows.Where(r => r.Level == ClassLevel.Class).ToList();
}

/// <summary>Amounts by funding source, with the 单位资金 subtotal (Σ of its five sub-items).</summary>
public sealed record SourceAmounts(IReadOnlyDictionary<FundingSource, decimal> BySource)
{
    public decimal this[FundingSource source] => BySource.TryGetValue(source, out var v) ? v : 0m;
    public decimal GeneralPublicBudget => this[FundingSource.GeneralPublicBudget];
    public decimal GovernmentFund => this[FundingSource.GovernmentFund];
    public decimal StateCapital => this[FundingSource.StateCapital];
    public decimal FiscalSpecialAccount => this[FundingSource.FiscalSpecialAccount];
    public decimal BusinessIncome => this[FundingSource.BusinessIncome];
    public decimal OperatingIncome => this[FundingSource.OperatingIncome];
    public decimal SuperiorSubsidy => this[FundingSource.SuperiorSubsidy];
    public decimal SubordinateRemittance => this[FundingSource.SubordinateRemittance];
    public decimal OtherIncome => this[FundingSource.OtherIncome];
    /// <summary>单位资金: the five unit-fund sub-items.</summary>
    public decimal UnitFunds => BusinessIncome + OperatingIncome + SuperiorSubsidy + SubordinateRemittance + OtherIncome;
    /// <summary>财政拨款: 一般公共预算 + 政府性基金 + 国有资本经营.</summary>
    public decimal Fiscal => GeneralPublicBudget + GovernmentFund + StateCapital;
    public decimal Total => BySource.Values.Sum();
    public static SourceAmounts Empty { get; } = new(new Dictionary<FundingSource, decimal>());
}

public sealed record IncomeFigures(SourceAmounts ThisYear, SourceAmounts Carryover)
{
    /// <summary>本年收入合计.</summary>
    public decimal ThisYearTotal => ThisYear.Total;
    /// <summary>上年结转结余.</summary>
    public decimal CarryoverTotal => Carryover.Total;
    /// <summary>收入总计.</summary>
    public decimal Total => ThisYearTotal + CarryoverTotal;
}

/// <summary>A functional 合计/类/款/项 row with this year's income by source and the carry-over.</summary>
public sealed record FunctionalIncomeRow(string Code, string Name, ClassLevel Level, SourceAmounts ThisYear, decimal Carryover)
{
    public decimal Total => ThisYear.Total + Carryover;
}

/// <summary>An amount of an economic 类 or 款 (for sentences listing what a figure is made of).</summary>
public sealed record ClassAmount(string Code, string Name, decimal Amount);

/// <summary>
/// The part of one economic 类 that counts toward 人员经费 (or 公用经费): its <see cref="Amount"/> against the class's total,
/// the 款 that make it up (<see cref="Items"/>), and the 款 of the same class counted in the other column (<see cref="OtherItems"/>),
/// e.g. 302 商品和服务支出: 98.75 of 375.15 in 人员经费 (30239 其他交通费用), the rest in 公用经费.
/// </summary>
public sealed record CompositionPart(string Code, string Name, decimal Amount, decimal ClassTotal,
    IReadOnlyList<ClassAmount> Items, IReadOnlyList<ClassAmount> OtherItems)
{
    /// <summary>True when the whole class counts toward this column.</summary>
    public bool WholeClass => Amount == ClassTotal;
}

/// <summary>An amount, its comparison with last year, and the reason the data gives for the change.</summary>
public sealed record ComparedFigure(YearOnYearChange Change, string? Reason)
{
    public decimal Amount => Change.Current;
}

public sealed record ThreePublicFigures(
    ComparedFigure Total,
    ComparedFigure Outbound,
    ComparedFigure Vehicle,
    ComparedFigure VehiclePurchase,
    ComparedFigure VehicleOperation,
    ComparedFigure Reception);

/// <summary>A project with its amounts by source; for special funds, 已分配 and 未分配.</summary>
public sealed record ProjectFigures(Project Project, string UnitName, SourceAmounts ThisYear, SourceAmounts Carryover)
{
    public decimal Total => ThisYear.Total + Carryover.Total;
    public decimal SpecialFundAllocated => Project.SpecialFundAllocated ?? Total;
    public decimal SpecialFundUnallocated => Total - SpecialFundAllocated;
}

/// <summary>Performance-target coverage (（五）预算资金绩效目标情况).</summary>
public sealed record PerformanceCoverage(
    int RequiredDepartmentTargets,
    int ActualDepartmentTargets,
    int RequiredProjects,
    int ActualProjects,
    decimal ActualProjectsAmount)
{
    /// <summary>Percent at full precision; null when nothing is required.</summary>
    public decimal? DepartmentRatio => RequiredDepartmentTargets == 0 ? null : (decimal)ActualDepartmentTargets / RequiredDepartmentTargets * 100m;
    public decimal? ProjectRatio => RequiredProjects == 0 ? null : (decimal)ActualProjects / RequiredProjects * 100m;
    /// <summary>Projects of any category whose performance targets were set, and their money.</summary>
    public int ProjectsWithTargets { get; init; }
    public decimal ProjectsWithTargetsAmount { get; init; }
}
