using BudgetReportGen.Core.Diagnostics;

namespace BudgetReportGen.Core.Checks;

/// <summary>A check: a stable id, its severity (an error blocks generation, a warning does not), the identity or
/// requirement it enforces, and the general way to fix a violation. Documented one by one in docs/checks.md.</summary>
public sealed record Rule(string Id, Severity Severity, string Identity, string Fix);

/// <summary>Every rule the checker applies.</summary>
public static class Rules
{
    private const Severity E = Severity.Error;
    private const Severity W = Severity.Warning;

    // The file as a whole
    public static readonly Rule YearRange = new("year.range", E, "年度在 2000–2100 之间", "改正 year（四位年份，如 2023）。");
    public static readonly Rule DepartmentName = new("department.name-empty", E, "部门名称不为空", "在 department.names 中填写部门名称（第一个为主名称）。");

    // Years and dates agree with the budget year
    public static readonly Rule PublishDate = new("year.publish-date", E,
        "公开日期在预算年度或其上一年内（预算批复后 20 日内公开）", "改正 publish_date 或 year。");
    public static readonly Rule PublishDateUnusual = new("year.publish-date-unusual", W,
        "公开日期一般在预算年度的上半年", "核对 publish_date：预算一般在年初批复，批复后 20 日内公开。");
    public static readonly Rule Deadline = new("year.deadline", E,
        "绩效指标的完成时限不早于预算年度", "把完成时限改为预算年度内的年月（如 2023-12）。");
    public static readonly Rule DeadlineLater = new("year.deadline-later", W,
        "绩效指标的完成时限一般在预算年度内", "核对完成时限；跨年度项目可忽略本提示。");
    public static readonly Rule AssetsDate = new("year.assets-date", E,
        "资产数据截止日期写作 YYYY-MM（或 YYYY-MM-DD），且不晚于公开日期", "改正 assets.as_of（如上年末 2022-12）。");
    public static readonly Rule AssetsDateUnusual = new("year.assets-date-unusual", W,
        "资产数据一般截至预算年度的上年末", "核对 assets.as_of（一般为上年 12 月）。");
    public static readonly Rule OrganisationCount = new("organisation.count", E,
        "内设机构、分支机构的个数不少于列出的名称数", "改正 internal_unit_count / branch_count，或删去多列的名称。");

    // Rows
    public static readonly Rule CodeFormat = new("hierarchy.code-format", E,
        "功能分类行编码为 7 位数字（项）；经济分类行编码为 5 位数字（款）", "按支出功能分类写到项级 7 位编码，经济分类写到款级 5 位编码。");
    public static readonly Rule DuplicateRow = new("row.duplicate", E,
        "同一编码、资金来源（及是否上年结转）只出现一行", "把重复的两行合并为一行，或改正其中一行的编码、资金来源或 carryover。");
    public static readonly Rule RowBasicSplit = new("row.basic-split", E,
        "每行：合计 = 基本支出 + 项目支出；基本支出 = 人员经费 + 公用经费（与行的 stated_total 比较）", "核对该行的 personnel、public、project 和 stated_total。");
    public static readonly Rule NegativeAmount = new("row.negative-amount", W, "金额不为负数", "核对该金额；预算数一般不为负。");
    public static readonly Rule EconomicRowKind = new("economic.row-kind", E,
        "economic_basic 行只有人员经费/公用经费；economic_project 行只有项目支出", "把项目支出写入 economic_project，把基本支出写入 economic_basic。");

    // Hierarchy
    public static readonly Rule Subtotal = new("hierarchy.subtotal", E,
        "文件写明的类/款小计或合计 = 由各行汇总的数", "核对 stated_subtotals 中的小计，或核对其下各行的金额。");
    public static readonly Rule SubtotalCode = new("hierarchy.subtotal-code", E,
        "stated_subtotals 的编码为空（合计）或 3 位（类）/5 位（款），且其下有数据行", "改正小计的编码或分类（classification），或删除这一小计。");
    public static readonly Rule ParentUnknown = new("hierarchy.parent-unknown", E,
        "行编码的上级类/款在分类表中，或在数据文件 code_names 中写明名称（表中不印没有名称的编码）",
        "改正行编码，或在数据文件 code_names 中写明上级科目的名称，或在分类表 CSV 中加入上级科目。");
    public static readonly Rule NamedInData = new("catalog.named-in-data", W,
        "数据文件 code_names 中的科目名称只用于分类表缺少的科目", "在模板包的分类表 CSV 中补充该科目，之后可删去 code_names 中的这一项。");

    // T1, income
    public static readonly Rule IncomeSum = new("income.stated-total", E, "本年收入合计 = Σ 各项收入", "核对 income.stated_total 与 income.this_year 各项。");
    public static readonly Rule IncomeEqualsExpenditure = new("balance.income-equals-expenditure", E,
        "收入总计（本年收入 + 上年结转结余）= 支出总计（Σ 支出行 + 年终结转结余）", "核对 income 各项、expenditures 各行和 year_end_carryover。");
    public static readonly Rule IncomeBySource = new("income.source-matches-rows", E,
        "每个资金来源：本年收入 = Σ 该来源本年支出行；上年结转结余 = Σ 该来源结转支出行（年终结转结余为 0 时）",
        "核对该资金来源的收入，或支出行的 source / carryover。");

    // Economic classification
    public static readonly Rule GeneralPublicBasicMatchesFunctional = new("economic.general-public-basic-matches-functional", E,
        "一般公共预算基本支出：经济分类的人员经费/公用经费 = 功能分类（本年一般公共预算）的人员经费/公用经费", "核对 economic_basic 中一般公共预算各行与 expenditures 中一般公共预算本年各行。");
    public static readonly Rule EconomicBasicMatchesFunctional = new("economic.basic-matches-functional", E,
        "Σ 经济分类基本支出的人员经费/公用经费 = Σ 功能分类的人员经费/公用经费（全部资金）", "核对 economic_basic 各行与 expenditures 各行的 personnel / public。");
    public static readonly Rule EconomicProjectMatchesFunctional = new("economic.project-matches-functional", E,
        "Σ 经济分类项目支出 = Σ 功能分类项目支出", "核对 economic_project 各行与 expenditures 各行的 project。");
    public static readonly Rule EconomicProjectMissing = new("economic.project-missing", W,
        "有项目支出时给出项目支出的经济分类（economic_project）", "在 economic_project 中按经济分类列出项目支出。");

    // 三公
    public static readonly Rule ThreePublicSum = new("three-public.sum", E,
        "“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费", "核对 three_public.stated_total 与各项金额。");
    public static readonly Rule ThreePublicVehicleSum = new("three-public.vehicle-sum", E,
        "公务用车购置及运行费 = 购置费 + 运行费", "核对 three_public.stated_vehicle_total 与购置费、运行费。");
    public static readonly Rule ThreePublicEconomic30212 = new("three-public.economic-30212", E,
        "有 30212 因公出国（境）费用（一般公共预算）经济分类行时，其合计 = “三公”经费的因公出国（境）费", "使 30212 各行与 three_public.outbound 一致。");
    public static readonly Rule ThreePublicEconomic30217 = new("three-public.economic-30217", E,
        "有 30217 公务接待费（一般公共预算）经济分类行时，其合计 = “三公”经费的公务接待费", "使 30217 各行与 three_public.reception 一致。");
    public static readonly Rule ThreePublicEconomic30231 = new("three-public.economic-30231", E,
        "有 30231 公务用车运行维护费（一般公共预算）经济分类行时，其合计 = “三公”经费的公务用车运行费", "使 30231 各行与 three_public.vehicle_operation 一致。");
    public static readonly Rule ThreePublicEconomicVehiclePurchase = new("three-public.economic-vehicle-purchase", E,
        "有 30913/31013 公务用车购置（一般公共预算）经济分类行时，其合计 = “三公”经费的公务用车购置费", "使 30913/31013 各行与 three_public.vehicle_purchase 一致。");

    // Projects
    public static readonly Rule ProjectsSum = new("projects.sum", E, "Σ 项目（projects）= 支出行的项目支出合计（expenditures）", "核对 projects 各项目的金额与 expenditures 各行的 project。");
    public static readonly Rule ProjectFunctionalCode = new("projects.functional-code", E,
        "项目的 functional_code 是某一支出行的编码", "改正项目的 functional_code，或补上该编码的支出行。");
    public static readonly Rule ProjectsByFunctionalCode = new("projects.by-functional-code", E,
        "（每个项目都写了 functional_code 时）每个项级编码：Σ 该编码的项目 = 该编码支出行的项目支出", "核对项目的 functional_code 与金额，或该编码支出行的 project。");
    public static readonly Rule ProjectPartWithinTotal = new("projects.part-within-total", E,
        "项目的政府采购、政府购买服务、债务金额在 0 与项目总额之间", "改正该项目的 procurement / purchased_services / debt。");
    public static readonly Rule SpecialFundAllocated = new("special-funds.allocated", E,
        "专项资金已分配数在 0 与总计之间（已分配 + 未分配 = 总计）", "改正 special_fund_allocated（省略则视为全部已分配）。");
    public static readonly Rule ProcurementSum = new("procurement.sum", E,
        "Σ 项目政府采购 = 货物 + 工程 + 服务", "核对 procurement 的 goods / works / services 与各项目的 procurement。");
    public static readonly Rule ProcurementReserved = new("procurement.reserved", E,
        "面向中小企业预留的政府采购预算 ≤ 政府采购预算；其中预留给小型和微型企业的 ≤ 面向中小企业预留的", "核对 procurement 的 sme_reserved 与 small_micro_reserved。");
    public static readonly Rule PurchasedServicesSum = new("purchased-services.sum", E,
        "Σ 项目政府购买服务 = 政府购买服务合计", "核对 purchased_services 与各项目的 purchased_services。");
    public static readonly Rule DebtSum = new("debt.sum", E, "Σ 项目债务支出 = 债务支出合计", "核对 debt 与各项目的 debt。");

    // Performance
    public static readonly Rule PerformanceTasksSum = new("performance.tasks-sum", E,
        "整体绩效目标的年度主要任务金额之和 = 基本支出（任务含项目时 = 基本支出 + 项目支出）", "核对 performance.tasks 各项金额。");
    public static readonly Rule ProjectIndicators = new("performance.missing-indicators", W,
        "特定目标类项目编制了绩效指标", "为该项目填写 indicators（一级/二级/三级指标、指标值等）。");

    // Narrative
    public static readonly Rule ReasonMissing = new("reason.missing", W,
        "每个增加/减少/新增的比较都有原因说明", "写明变化的主要原因。");

    // Catalog
    public static readonly Rule UnknownCode = new("catalog.unknown-code", W, "编码在分类表中", "改正编码，或在分类表 CSV 中加入该编码。");
    public static readonly Rule NameMismatch = new("catalog.name-mismatch", W, "科目名称与分类表一致", "按分类表改正名称（或更新分类表）。");
    public static readonly Rule UnmappedCode = new("catalog.unmapped-code", W,
        "部门经济分类编码在对照表中有本单位类型对应的政府经济分类", "在 economic-mapping.csv 中加入该编码的对照。");

    public static IReadOnlyList<Rule> All { get; } =
    [
        YearRange, DepartmentName, PublishDate, PublishDateUnusual, Deadline, DeadlineLater, AssetsDate, AssetsDateUnusual,
        OrganisationCount, CodeFormat, DuplicateRow, RowBasicSplit, NegativeAmount, EconomicRowKind,
        Subtotal, SubtotalCode, ParentUnknown, NamedInData, IncomeSum, IncomeEqualsExpenditure, IncomeBySource,
        GeneralPublicBasicMatchesFunctional, EconomicBasicMatchesFunctional, EconomicProjectMatchesFunctional, EconomicProjectMissing,
        ThreePublicSum, ThreePublicVehicleSum, ThreePublicEconomic30212, ThreePublicEconomic30217, ThreePublicEconomic30231,
        ThreePublicEconomicVehiclePurchase, ProjectsSum, ProjectFunctionalCode, ProjectsByFunctionalCode, ProjectPartWithinTotal,
        SpecialFundAllocated, ProcurementSum, ProcurementReserved, PurchasedServicesSum, DebtSum, PerformanceTasksSum, ProjectIndicators,
        ReasonMissing, UnknownCode, NameMismatch, UnmappedCode,
    ];
}
