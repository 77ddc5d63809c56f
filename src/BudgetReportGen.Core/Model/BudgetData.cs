namespace BudgetReportGen.Core.Model;

/// <summary>
/// One department's budget for one year, exactly as its data file states it (nothing derived).
/// Amounts are exact decimals in <see cref="Unit"/>. Derived figures live in <c>Computation</c>.
/// Every list may be empty; the checks say what a disclosure needs.
/// </summary>
public sealed record BudgetData
{
    public required int Year { get; init; }
    /// <summary>The template pack the file is written for (its id, e.g. a bureau's standard); --template overrides it.</summary>
    public string Template { get; init; } = "";
    /// <summary>Whether this is a 部门预算 (a department with its units) or a 单位预算 (one unit).</summary>
    public BudgetType BudgetType { get; init; } = BudgetType.Department;
    /// <summary>The unit every amount in the file is written in.</summary>
    public AmountUnit Unit { get; init; } = AmountUnit.TenThousandYuan;
    /// <summary>The publication date: the document's date in every output (never the clock).</summary>
    public required DateOnly PublishDate { get; init; }
    public required Department Department { get; init; }
    public IReadOnlyList<string> Duties { get; init; } = [];
    public Organisation Organisation { get; init; } = new();
    public required Income Income { get; init; }
    /// <summary>年终结转结余 (on the expenditure side of the summary tables).</summary>
    public decimal YearEndCarryover { get; init; }
    /// <summary>Functional-classification rows at 项 level (7-digit code), one per code, funding source and year.</summary>
    public IReadOnlyList<FunctionalRow> Expenditures { get; init; } = [];
    /// <summary>Department economic-classification rows at 款 level (5-digit code).</summary>
    public IReadOnlyList<EconomicRow> EconomicBasic { get; init; } = [];
    public IReadOnlyList<EconomicRow> EconomicProject { get; init; } = [];
    /// <summary>Subtotals a file gives for 类/款 or the whole (optional); each is checked against the derived figure.</summary>
    public IReadOnlyList<StatedSubtotal> StatedSubtotals { get; init; } = [];
    public ThreePublicExpenses ThreePublic { get; init; } = new();
    /// <summary>机关运行经费.</summary>
    public ComparedAmount OperatingCosts { get; init; } = new();
    public Procurement Procurement { get; init; } = new();
    /// <summary>政府购买服务 total (Σ of projects' purchased services).</summary>
    public decimal PurchasedServices { get; init; }
    /// <summary>债务支出 total (Σ of projects' debt spending).</summary>
    public decimal Debt { get; init; }
    public Assets Assets { get; init; } = new();
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public DepartmentPerformance Performance { get; init; } = new();
    public LastYear LastYear { get; init; } = new();
    /// <summary>Reason sentences for the year-on-year changes of the totals (主要原因…).</summary>
    public Reasons Reasons { get; init; } = new();
    /// <summary>Free notes the report carries at the end of 第四部分 (optional).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>Names of classification codes the pack's lists lack (a 类 or 款 a row rolls up to, a new code of the year),
    /// so no table prints a bare code; each one is a warning that names the list to extend.</summary>
    public IReadOnlyList<CodeName> CodeNames { get; init; } = [];
}

/// <summary>A classification code with its name, for a code the pack's classification lists do not have.</summary>
public sealed record CodeName
{
    public required string Code { get; init; }
    public required string Name { get; init; }
}

public enum AmountUnit { Yuan, TenThousandYuan }

/// <summary>部门预算 (a department and its budget units) or 单位预算 (one budget unit).</summary>
public enum BudgetType { Department, Unit }

/// <summary>行政单位, 参照公务员法管理事业单位 (参公), 事业单位.</summary>
public enum UnitKind { Administrative, CivilServiceManaged, Institution }

public sealed record Department
{
    /// <summary>The department's names: the first is the main one, the others are printed in brackets under it.</summary>
    public required IReadOnlyList<string> Names { get; init; }
    public required string Code { get; init; }
    /// <summary>行政区划/财政区划 code (e.g. 210300000).</summary>
    public string RegionCode { get; init; } = "";
    public required UnitKind Kind { get; init; }
    /// <summary>主管部门.</summary>
    public required string Supervisor { get; init; }
    /// <summary>What the department is, before its duties (性质、级别、加挂牌子、合署办公), where a standard prints it (optional).</summary>
    public string Profile { get; init; } = "";
    public string Name => Names[0];
}

public sealed record Organisation
{
    /// <summary>The sentence on what the budget covers (按照预算编制有关规定，…收支均包含在单位预算中。).</summary>
    public string Statement { get; init; } = "";
    /// <summary>内设机构.</summary>
    public IReadOnlyList<string> InternalUnits { get; init; } = [];
    /// <summary>分支机构.</summary>
    public IReadOnlyList<string> Branches { get; init; } = [];
    /// <summary>How many 内设机构 there are, when the report gives the number without every name (default: the names listed).</summary>
    public int? InternalUnitCount { get; init; }
    /// <summary>How many 分支机构 there are, when the report gives the number without every name (default: the names listed).</summary>
    public int? BranchCount { get; init; }
    /// <summary>The number of 内设机构 the report states.</summary>
    public int InternalUnitTotal => InternalUnitCount ?? InternalUnits.Count;
    /// <summary>The number of 分支机构 the report states.</summary>
    public int BranchTotal => BranchCount ?? Branches.Count;
    /// <summary>The budget units a 部门预算 covers (本部 and 下属单位), each with its kind and whether it has a budget of its own.</summary>
    public IReadOnlyList<BudgetUnit> Units { get; init; } = [];
    /// <summary>How many of <see cref="Units"/> are 行政 (or 参公) units.</summary>
    public int AdministrativeUnitCount => Units.Count(u => u.Kind != UnitKind.Institution);
    /// <summary>How many of <see cref="Units"/> are 事业 units.</summary>
    public int InstitutionUnitCount => Units.Count(u => u.Kind == UnitKind.Institution);
}

/// <summary>A budget unit of a department (本部, or a 下属单位) and whether its budget is listed on its own or merged into another.</summary>
public sealed record BudgetUnit
{
    public required string Name { get; init; }
    public required UnitKind Kind { get; init; }
    /// <summary>False when the unit has no budget of its own (不单列预算) and is merged into <see cref="MergedInto"/> (or the 本部).</summary>
    public bool SeparateBudget { get; init; } = true;
    /// <summary>The unit its budget is merged into, when it is not separate (default: the department's own 本部).</summary>
    public string MergedInto { get; init; } = "";
}

/// <summary>The funding sources: five fiscal and unit-fund sources and the five 单位资金 sub-items.</summary>
public enum FundingSource
{
    GeneralPublicBudget,      // 一般公共预算拨款
    GovernmentFund,           // 政府性基金预算拨款
    StateCapital,             // 国有资本经营预算拨款
    FiscalSpecialAccount,     // 财政专户管理资金
    BusinessIncome,           // 单位资金：事业收入
    OperatingIncome,          // 单位资金：事业单位经营收入
    SuperiorSubsidy,          // 单位资金：上级补助收入
    SubordinateRemittance,    // 单位资金：附属单位上缴收入
    OtherIncome,              // 单位资金：其他收入
}

/// <summary>Income by source (本年收入) and the carry-over from last year by source (上年结转结余).</summary>
public sealed record Income
{
    public IReadOnlyDictionary<FundingSource, decimal> ThisYear { get; init; } = new Dictionary<FundingSource, decimal>();
    public IReadOnlyDictionary<FundingSource, decimal> Carryover { get; init; } = new Dictionary<FundingSource, decimal>();
    /// <summary>Last year's budgeted income (上年预算数) by source, for standards that compare each source with last year (optional).</summary>
    public IReadOnlyDictionary<FundingSource, decimal> LastYear { get; init; } = new Dictionary<FundingSource, decimal>();
    /// <summary>本年收入合计 as stated in the file (optional; checked against Σ sources).</summary>
    public decimal? StatedTotal { get; init; }
}

/// <summary>
/// A functional-classification row at 项 level: 人员经费 + 公用经费 = 基本支出; + 项目支出 = 合计.
/// One row per (code, source, carry-over).
/// </summary>
public sealed record FunctionalRow
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public decimal Personnel { get; init; }
    public decimal Public { get; init; }
    public decimal Project { get; init; }
    public FundingSource Source { get; init; } = FundingSource.GeneralPublicBudget;
    /// <summary>True when this money is 上年结转结余 rather than this year's income.</summary>
    public bool Carryover { get; init; }
    /// <summary>Last year's budgeted total (上年预算数) for this row, when the report compares rows (optional).</summary>
    public decimal? LastYear { get; init; }
    /// <summary>Last year's actual spending (上年执行数) for this row, where a standard cites it (optional).</summary>
    public decimal? LastYearActual { get; init; }
    public string? Reason { get; init; }
    /// <summary>合计 as stated in the file (optional; checked).</summary>
    public decimal? StatedTotal { get; init; }
    public decimal Basic => Personnel + Public;
    public decimal Total => Basic + Project;
}

/// <summary>A department economic-classification row at 款 level (30101 基本工资).</summary>
public sealed record EconomicRow
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>For basic spending: the 人员经费 part. For project spending: 0.</summary>
    public decimal Personnel { get; init; }
    /// <summary>For basic spending: the 公用经费 part. For project spending: 0.</summary>
    public decimal Public { get; init; }
    /// <summary>For project spending: the amount.</summary>
    public decimal Project { get; init; }
    public FundingSource Source { get; init; } = FundingSource.GeneralPublicBudget;
    /// <summary>True when this money is 上年结转结余 rather than this year's income (as on the functional rows).</summary>
    public bool Carryover { get; init; }
    /// <summary>Last year's budgeted amount of this row, where a standard compares economic classes with last year (optional).</summary>
    public decimal? LastYear { get; init; }
    public decimal Total => Personnel + Public + Project;
}

public enum SubtotalClassification { Functional, EconomicBasic, EconomicProject }

/// <summary>A 类/款 subtotal (or the 合计 when <see cref="Code"/> is empty) that the file states; checked against the rows.</summary>
public sealed record StatedSubtotal
{
    public required SubtotalClassification Classification { get; init; }
    public required string Code { get; init; }
    public decimal Total { get; init; }
}

/// <summary>An amount compared with last year, with the reason for the change.</summary>
public sealed record ComparedAmount
{
    public decimal Amount { get; init; }
    public decimal? LastYear { get; init; }
    public string? Reason { get; init; }
}

/// <summary>“三公”经费 (general public budget only).</summary>
public sealed record ThreePublicExpenses
{
    /// <summary>因公出国（境）费.</summary>
    public ComparedAmount Outbound { get; init; } = new();
    /// <summary>公务用车购置费.</summary>
    public ComparedAmount VehiclePurchase { get; init; } = new();
    /// <summary>公务用车运行费.</summary>
    public ComparedAmount VehicleOperation { get; init; } = new();
    /// <summary>公务接待费.</summary>
    public ComparedAmount Reception { get; init; } = new();
    /// <summary>Reason for the change of the whole, and of 公务用车购置及运行费.</summary>
    public string? Reason { get; init; }
    public string? VehicleReason { get; init; }
    /// <summary>Totals as stated in the file (optional; checked).</summary>
    public decimal? StatedTotal { get; init; }
    public decimal? StatedVehicleTotal { get; init; }
}

/// <summary>政府采购 by kind.</summary>
public sealed record Procurement
{
    public decimal Goods { get; init; }
    public decimal Works { get; init; }
    public decimal Services { get; init; }
    /// <summary>面向中小企业预留的政府采购项目预算 (part of the total).</summary>
    public decimal SmeReserved { get; init; }
    /// <summary>其中预留给小型和微型企业的 (part of <see cref="SmeReserved"/>).</summary>
    public decimal SmallMicroReserved { get; init; }
    public decimal Total => Goods + Works + Services;
}

public sealed record Assets
{
    /// <summary>The date the asset figures are taken at (截止…), e.g. 2022-12.</summary>
    public string AsOf { get; init; } = "";
    public Vehicles Vehicles { get; init; } = new();
    /// <summary>单位价值 50 万元以上通用设备 (台/套).</summary>
    public int GeneralEquipmentOver50 { get; init; }
    /// <summary>单位价值 100 万元以上专用设备 (台/套).</summary>
    public int SpecialEquipmentOver100 { get; init; }
    /// <summary>单价 100 万元（含）以上设备（不含车辆）of every kind (台/套), where a standard counts them together.</summary>
    public int EquipmentOver100 { get; init; }
    public int PlannedVehiclePurchases { get; init; }
    public decimal PlannedVehiclePurchaseAmount { get; init; }
    /// <summary>年初预算安排购置单价 100 万元（含）以上设备（台/套）.</summary>
    public int PlannedEquipmentOver100 { get; init; }
}

public sealed record Vehicles
{
    public int Ministerial { get; init; }        // 部级领导干部用车
    public int MainLeader { get; init; }         // 主要领导干部用车
    public int General { get; init; }            // 一般公务用车
    public int Confidential { get; init; }       // 机要通信用车
    public int Emergency { get; init; }          // 应急保障用车
    public int LawEnforcement { get; init; }     // （一般）执法执勤用车
    public int SpecialTechnical { get; init; }   // 特种专业技术用车
    public int Retired { get; init; }            // 离退休干部用车
    public int Other { get; init; }              // 其他用车
    public int Total => Ministerial + MainLeader + General + Confidential + Emergency + LawEnforcement + SpecialTechnical + Retired + Other;
}

/// <summary>A project (项目支出): amounts by source, 专项资金 flag, goal text and indicator tree.</summary>
public sealed record Project
{
    public required string Name { get; init; }
    /// <summary>实施单位; empty: the department itself.</summary>
    public string Unit { get; init; } = "";
    /// <summary>项目类别, e.g. 特定目标类, 其他运转类. 特定目标类 projects must have performance targets.</summary>
    public string Category { get; init; } = "";
    /// <summary>The 项 code the project is booked under (optional).</summary>
    public string FunctionalCode { get; init; } = "";
    public IReadOnlyDictionary<FundingSource, decimal> ThisYear { get; init; } = new Dictionary<FundingSource, decimal>();
    public IReadOnlyDictionary<FundingSource, decimal> Carryover { get; init; } = new Dictionary<FundingSource, decimal>();
    /// <summary>部门管理专项资金.</summary>
    public bool SpecialFund { get; init; }
    /// <summary>已分配数 of a special fund (default: all of it).</summary>
    public decimal? SpecialFundAllocated { get; init; }
    /// <summary>Parts of the project's amount that are 政府采购 / 政府购买服务 / 债务 (tables 15, 16, 14).</summary>
    public decimal Procurement { get; init; }
    public decimal PurchasedServices { get; init; }
    public decimal Debt { get; init; }
    /// <summary>总体目标.</summary>
    public string Goal { get; init; } = "";
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>True when the project's performance targets were set (编报了绩效目标) though its indicators are published elsewhere;
    /// a project with indicators has targets anyway.</summary>
    public bool TargetsSet { get; init; }
    /// <summary>The project's explanation (项目经费情况说明), where a standard publishes one per project.</summary>
    public ProjectDescription Description { get; init; } = new();
    public bool HasTargets => TargetsSet || Indicators.Count > 0;
    public decimal Total => ThisYear.Values.Sum() + Carryover.Values.Sum();
}

/// <summary>项目经费情况说明: 项目概述, 立项依据, 实施主体, 实施方案, 实施周期, 年度预算安排, 绩效目标.</summary>
public sealed record ProjectDescription
{
    public string Overview { get; init; } = "";
    public string Basis { get; init; } = "";
    public string Implementer { get; init; } = "";
    public string Plan { get; init; } = "";
    public string Period { get; init; } = "";
    public string AnnualArrangement { get; init; } = "";
    public string Performance { get; init; } = "";
    public bool IsEmpty => new[] { Overview, Basis, Implementer, Plan, Period, AnnualArrangement, Performance }.All(string.IsNullOrWhiteSpace);
}

/// <summary>A performance indicator: 一级/二级/三级指标, 运算符, 指标值, 度量单位, 完成时限.</summary>
public sealed record Indicator
{
    public required string Level1 { get; init; }
    public required string Level2 { get; init; }
    public required string Name { get; init; }
    public string Operator { get; init; } = "";
    public string Value { get; init; } = "";
    public string MeasureUnit { get; init; } = "";
    public string Deadline { get; init; } = "";
}

/// <summary>The department's overall performance targets (部门（单位）整体绩效目标).</summary>
public sealed record DepartmentPerformance
{
    /// <summary>年度主要任务 with their amounts; they sum to 基本支出 (+ 项目支出 where projects are listed).</summary>
    public IReadOnlyList<PerformanceTask> Tasks { get; init; } = [];
    /// <summary>年度绩效目标 (one entry per numbered goal).</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>应编制部门（单位）整体绩效目标 count (usually 1).</summary>
    public int RequiredDepartmentTargets { get; init; } = 1;
}

public sealed record PerformanceTask
{
    public required string Name { get; init; }
    public decimal Amount { get; init; }
}

/// <summary>Last year's figures for the totals the report compares.</summary>
public sealed record LastYear
{
    /// <summary>上年收支预算总计.</summary>
    public decimal? Total { get; init; }
    /// <summary>上年财政拨款收支预算.</summary>
    public decimal? FiscalTotal { get; init; }
}

public sealed record Reasons
{
    public string? Total { get; init; }
    public string? Fiscal { get; init; }
}
