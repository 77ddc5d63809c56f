using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Workbooks;

/// <summary>What a cell of the data-entry workbook holds, which decides how it is written, read and checked.</summary>
internal enum CellKind
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A classification code (2080109, 30101): text; a number typed in is taken as its digits (they never start with 0).</summary>
    Code,
    /// <summary>A code that may start with 0 (单位编码 013002): must be text, a number is an error (Excel drops leading zeros).</summary>
    CodeKeepZeros,
    /// <summary>An amount: a number cell.</summary>
    Amount,
    /// <summary>A count or a year: a whole-number cell.</summary>
    Integer,
    /// <summary>是 / 否.</summary>
    Bool,
    /// <summary>A date, YYYY-MM-DD (text; a date Excel recognised is read too).</summary>
    Date,
    /// <summary>One of fixed values (drop-down); <see cref="Column.Labels"/> maps the Chinese label to the data file's value.</summary>
    Choice,
    /// <summary>A formula the tool computes (grey, not read).</summary>
    Computed,
}

/// <summary>
/// A column of a list sheet, or a value cell of a form sheet. <see cref="Field"/> is the data format's path: relative to the
/// list item on a list sheet (<c>code</c>, <c>this_year.general_public_budget</c>; empty for a list of texts), absolute on a
/// form sheet (<c>department.code</c>).
/// </summary>
internal sealed record Column(string Header, string Field, CellKind Kind, string Help, double Width = 14)
{
    /// <summary>For <see cref="CellKind.Choice"/>: label shown → value in the data file.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];
    /// <summary>Drop-down of codes from the pack's catalog, on the hidden list sheet: "functional" or "economic".</summary>
    public string? CodeList { get; init; }
    /// <summary>Values offered in a drop-down that still accepts any other text (项目类别, 运算符).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
    /// <summary>For <see cref="CellKind.Computed"/> on a list sheet: the headers of the columns it sums.</summary>
    public IReadOnlyList<string> SumOf { get; init; } = [];
    /// <summary>For a computed form cell: the formula (A1 references into the workbook).</summary>
    public string? Formula { get; init; }
    /// <summary>For a computed form cell: its value, computed from the data.</summary>
    public Func<BudgetData, decimal>? Value { get; init; }
    public bool Required { get; init; }
    /// <summary>On a list sheet with several lists (a 类别 column): the lists the column belongs to; empty: all of them.</summary>
    public IReadOnlyList<string> OnlyFor { get; init; } = [];
    /// <summary>An empty cell means an empty text ("" — the 合计 row of stated_subtotals), not an absent field.</summary>
    public bool EmptyIsText { get; init; }

    public string? LabelOf(string value) => Labels.FirstOrDefault(l => l.Value == value).Key;
    public string? ValueOf(string label) =>
        Labels.FirstOrDefault(l => l.Key == label).Value ?? Labels.FirstOrDefault(l => l.Value == label).Value;
}

/// <summary>A sheet with one row per list item under a header row (支出功能分类: one row per 项 line).</summary>
/// <param name="Lists">The lists the rows fill: one (no 类别 column), or several, told apart by the first column's label.</param>
internal sealed record ListSheet(string Name, string Help, IReadOnlyList<Column> Columns, IReadOnlyList<KeyValuePair<string, string>> Lists) : SheetLayout(Name, Help)
{
    /// <summary>The first column says which list a row belongs to (the project's lists are told by 项目序号 instead).</summary>
    public bool HasSelector => Lists.Count(l => !IsPerProject(l.Value)) > 1;
    /// <summary>The list whose rows are the department's own (on a sheet that also holds the projects' rows).</summary>
    public string RootPath => Lists.FirstOrDefault(l => !IsPerProject(l.Value)).Value ?? Lists[0].Value;
    /// <summary>The rows are keyed by 项目序号: a project's list or record (<c>projects[].indicators</c>, <c>projects[].description</c>).</summary>
    public bool IsProjectKeyed => Lists.Any(l => IsPerProject(l.Value));

    public const string ProjectPrefix = "projects[].";
    public static bool IsPerProject(string path) => path.StartsWith(ProjectPrefix, StringComparison.Ordinal);
    public static readonly string SelectorHeader = "类别";
}

/// <summary>A form: fixed rows, each a label in column A and value cells under the <see cref="ValueHeaders"/>.</summary>
internal sealed record FormSheet(string Name, string Help, IReadOnlyList<string> ValueHeaders, IReadOnlyList<FormRow> Rows) : SheetLayout(Name, Help);

/// <summary>A row of a form. <see cref="Repeat"/>: the row is written once per item of the list its one cell names (其他名称).</summary>
internal sealed record FormRow(string Label, IReadOnlyList<Column?> Cells, string Help, bool Repeat = false, int SkipItems = 0, int MinimumRows = 1);

internal abstract record SheetLayout(string Name, string Help);

/// <summary>
/// The data-entry workbook's sheets and columns: everything <see cref="BudgetData"/> holds, in Chinese, one sheet per section.
/// The writer and the reader both follow this one description, so they cannot drift apart; a test checks that every field
/// the data format writes has a cell here.
/// </summary>
internal static class DataWorkbookLayout
{
    public const string GuideSheet = "填写说明";
    public const string ListsSheet = "代码表";
    public const string IndicatorSheet = "绩效指标";
    public const string ProjectSheet = "项目";
    public const string ProjectDescriptionSheet = "项目说明";
    public const string ProjectNumberHeader = "项目序号";
    public const string ProjectNameHeader = "项目名称（自动）";
    public const string ComputedMark = "（自动计算）";

    public static readonly KeyValuePair<string, string>[] FundingSources =
    [
        new("一般公共预算拨款", "general_public_budget"),
        new("政府性基金预算拨款", "government_fund"),
        new("国有资本经营预算拨款", "state_capital"),
        new("财政专户管理资金", "fiscal_special_account"),
        new("事业收入", "business_income"),
        new("事业单位经营收入", "operating_income"),
        new("上级补助收入", "superior_subsidy"),
        new("附属单位上缴收入", "subordinate_remittance"),
        new("其他收入", "other_income"),
    ];

    private static readonly KeyValuePair<string, string>[] Units = [new("万元", "万元"), new("元", "元")];
    private static readonly KeyValuePair<string, string>[] Kinds = [new("行政", "行政"), new("参公", "参公"), new("事业", "事业")];
    private static readonly KeyValuePair<string, string>[] BudgetTypes = [new("部门预算", "部门预算"), new("单位预算", "单位预算")];
    private static readonly KeyValuePair<string, string>[] SubtotalKinds =
        [new("功能分类", "functional"), new("基本支出经济分类", "economic_basic"), new("项目支出经济分类", "economic_project")];

    private static Column Amount(string header, string field, string help, double width = 14) => new(header, field, CellKind.Amount, help, width);
    private static Column Text(string header, string field, string help, double width = 30) => new(header, field, CellKind.Text, help, width);
    private static Column Count(string header, string field, string help) => new(header, field, CellKind.Integer, help, 12);
    private static Column Source(string field = "source") => new("资金来源", field, CellKind.Choice,
        "从下拉列表选择；不填即“一般公共预算拨款”。", 20) { Labels = FundingSources };
    private static Column Carryover() => new("上年结转", "carryover", CellKind.Bool, "是上年结转结余资金选“是”，本年收入选“否”（不填即否）。", 10);
    private static Column Reason(string field) => Text("增减原因", field, "只写原因本身，如“落实过紧日子要求，压减一般性支出。”；与上年持平不用写。", 40);

    public static IReadOnlyList<SheetLayout> Sheets { get; } = Build();

    private static List<SheetLayout> Build()
    {
        var sheets = new List<SheetLayout>
        {
            new FormSheet("单位信息", "单位的基本信息和几个单项金额。每行在“填写内容”列填写；灰色说明不用填。", ["填写内容"],
            [
                new("预算年度", [Count("填写内容", "year", "整数，如 2023。") with { Required = true }], "必填。整数，如 2023。"),
                new("金额单位", [new Column("填写内容", "unit", CellKind.Choice, "全部工作表的金额都按这个单位填写。") { Labels = Units }], "万元 或 元；全部工作表的金额都按这个单位填写。"),
                new("公开日期", [new Column("填写内容", "publish_date", CellKind.Date, "YYYY-MM-DD，如 2023-02-10。") { Required = true }], "必填。YYYY-MM-DD，如 2023-02-10，印在封面和各表上。"),
                new("单位名称", [Text("填写内容", "department.names", "主名称。") with { Required = true }], "必填。单位的主名称。"),
                new("其他名称", [Text("填写内容", "department.names", "加挂的牌子，一行一个，可不填。")], "一个单位挂几块牌子时，其余名称每行一个（封面上用括号列在主名称下）；没有就空着。", Repeat: true, SkipItems: 1, MinimumRows: 2),
                new("单位编码", [new Column("填写内容", "department.code", CellKind.CodeKeepZeros, "数字编码，按原样输入（本列是文本格式，开头的 0 会保留）。") { Required = true }], "必填。预算单位编码，如 013002（开头的 0 要保留）。"),
                new("区划编码", [new Column("填写内容", "department.region_code", CellKind.CodeKeepZeros, "财政区划编码，如 210300000。")], "财政区划编码（整体绩效目标表抬头），可不填。"),
                new("单位性质", [new Column("填写内容", "department.kind", CellKind.Choice, "行政、参公 或 事业。") { Labels = Kinds, Required = true }], "必填。行政 / 参公（参照公务员法管理的事业单位）/ 事业。"),
                new("主管部门", [Text("填写内容", "department.supervisor", "主管部门名称。") with { Required = true }], "必填。主管部门（项目绩效目标表）。"),
                new("单位简介", [Text("填写内容", "department.profile", "职责之前的概述：单位性质、级别、加挂牌子、合署办公等，可不填。")], "职责之前的单位简介（需要时填写）。"),
                new("预算类型", [new Column("填写内容", "budget_type", CellKind.Choice, "部门预算（部门及所属单位）或 单位预算（一个单位）。") { Labels = BudgetTypes }], "部门预算 或 单位预算；不填即部门预算。"),
                new("模板包", [Text("填写内容", "template", "报告模板包的名称（templates 中的文件夹名）；可不填（生成时也可用 --template 指定）。")], "本文件按哪个模板包填写；可不填，生成时 --template 优先。"),
                new("预算范围说明", [Text("填写内容", "organisation.statement", "如“按照预算编制有关规定，……收支均包含在单位预算中。”")], "机构设置一节的预算范围说明句。"),
                new("内设机构个数", [Count("填写内容", "organisation.internal_unit_count", "只公开个数、不列名称时填；确实没有内设机构填 0。")], "只公开个数、不列名称时填（名称列在“机构”表）；确实没有填 0。"),
                new("分支机构个数", [Count("填写内容", "organisation.branch_count", "只公开个数、不列名称时填。")], "只公开个数、不列名称时填。"),
                new("本年收入合计（核对用）", [Amount("填写内容", "income.stated_total", "预算系统给出的本年收入合计，可不填；程序会与各来源之和核对。")], "可不填；填了会与“收入”表各来源之和核对。"),
                new("年终结转结余", [Amount("填写内容", "year_end_carryover", "收支总表支出方的年终结转结余。")], "收支总表支出方。"),
                new("政府采购：货物", [Amount("填写内容", "procurement.goods", "政府采购预算中的货物。")], "政府采购预算（货物）。"),
                new("政府采购：工程", [Amount("填写内容", "procurement.works", "政府采购预算中的工程。")], "政府采购预算（工程）。"),
                new("政府采购：服务", [Amount("填写内容", "procurement.services", "政府采购预算中的服务。")], "政府采购预算（服务）。"),
                new("政府采购：面向中小企业预留", [Amount("填写内容", "procurement.sme_reserved", "政府采购预算中面向中小企业预留的金额（含在上面三项之中）。")], "面向中小企业预留的政府采购项目预算（是货物、工程、服务之和的一部分）。"),
                new("　其中：预留给小型和微型企业", [Amount("填写内容", "procurement.small_micro_reserved", "面向中小企业预留部分中，预留给小型和微型企业的金额。")], "上一行中预留给小型和微型企业的部分。"),
                new("政府购买服务", [Amount("填写内容", "purchased_services", "政府购买服务金额。")], "政府购买服务金额。"),
                new("债务支出", [Amount("填写内容", "debt", "债务支出金额。")], "债务支出金额。"),
                new("应编制整体绩效目标个数", [Count("填写内容", "performance.required_department_targets", "通常为 1。")], "通常为 1（不填即 1）。"),
            ]),
            new ListSheet("职责", "部门职责，每行一条，按顺序；不要自己写“1、”等序号。", [Text("职责内容", "", "一条职责，不写序号。", 100)],
                [new("职责", "duties")]),
            new ListSheet("机构", "内设机构和分支机构，每行一个名称；在“类别”列选择是内设机构还是分支机构。", [Text("名称", "", "机构名称。", 40)],
                [new("内设机构", "organisation.internal_units"), new("分支机构", "organisation.branches")]),
            new ListSheet("预算单位", "部门预算包括的预算单位（本部和下属单位），每行一个：单位性质，以及是否单列预算（不单列时写明并入哪个单位）。单位预算可不填。",
            [
                Text("单位名称", "name", "预算单位的名称，如“某某局本级”。", 36) with { Required = true },
                new Column("单位性质", "kind", CellKind.Choice, "行政、参公 或 事业。", 12) { Labels = Kinds, Required = true },
                new Column("单列预算", "separate_budget", CellKind.Bool, "有单独的预算选“是”；不单列预算（并入其他单位）选“否”。不填即“是”。", 10),
                Text("并入单位", "merged_into", "不单列预算时，预算并入哪个单位；不填即并入本部。单列预算的单位不填。", 30),
            ], [new("预算单位", "organisation.units")]),
            new FormSheet("收入", "本年收入、上年结转结余和上年预算数，按资金来源填写；没有的来源空着。合计行由程序计算。", ["本年收入", "上年结转结余", "上年预算数"],
                FundingSources.Select(s => new FormRow(s.Key,
                [
                    Amount("本年收入", $"income.this_year.{s.Value}", $"本年{s.Key}收入。"),
                    Amount("上年结转结余", $"income.carryover.{s.Value}", $"上年结转结余中的{s.Key}。"),
                    Amount("上年预算数", $"income.last_year.{s.Value}", $"上年预算中的{s.Key}收入（模板要逐项与上年比较时填）。"),
                ], s.Value is "business_income" or "operating_income" or "superior_subsidy" or "subordinate_remittance" or "other_income" ? "单位资金" : "")).Append(
                new FormRow("合计" + ComputedMark,
                [
                    new Column("本年收入", "", CellKind.Computed, "本年收入合计，由程序计算。") { Formula = "SUM(B2:B10)", Value = d => d.Income.ThisYear.Values.Sum() },
                    new Column("上年结转结余", "", CellKind.Computed, "上年结转结余合计，由程序计算。") { Formula = "SUM(C2:C10)", Value = d => d.Income.Carryover.Values.Sum() },
                    new Column("上年预算数", "", CellKind.Computed, "上年预算收入合计，由程序计算。") { Formula = "SUM(D2:D10)", Value = d => d.Income.LastYear.Values.Sum() },
                ], "由程序计算，不要填写。")).ToList()),
            new ListSheet("支出功能分类", "支出预算，只填功能分类“项”级（7 位编码）行；同一编码有不同资金来源或上年结转时各占一行。类、款和合计由程序汇总。",
            [
                new Column("科目编码", "code", CellKind.Code, "功能分类“项”编码，7 位，可从下拉列表选择。", 12) { CodeList = "functional", Required = true },
                Text("科目名称", "name", "“项”的名称（名称不唯一，以编码为准）。") with { Required = true },
                Amount("人员经费", "personnel", "基本支出中的人员经费。"),
                Amount("公用经费", "public", "基本支出中的公用经费。"),
                Amount("项目支出", "project", "项目支出。"),
                new Column("基本支出" + ComputedMark, "", CellKind.Computed, "人员经费 + 公用经费，由程序计算。") { SumOf = ["人员经费", "公用经费"] },
                new Column("合计" + ComputedMark, "", CellKind.Computed, "基本支出 + 项目支出，由程序计算。") { SumOf = ["人员经费", "公用经费", "项目支出"] },
                Source(),
                Carryover(),
                Amount("上年数", "last_year", "该行上年预算数（需要逐行比较时填）。"),
                Amount("上年执行数", "last_year_actual", "该行上年实际支出（模板引用上年执行数时填）。"),
                Reason("reason"),
                Amount("合计（核对用）", "stated_total", "预算系统给出的该行合计，可不填；程序会核对。"),
            ], [new("支出功能分类", "expenditures")]),
            new ListSheet("经济分类", "部门预算支出经济分类“款”级（5 位编码）行：基本支出和项目支出。在“类别”列选择。",
            [
                new Column("科目编码", "code", CellKind.Code, "经济分类“款”编码，5 位，可从下拉列表选择。", 12) { CodeList = "economic", Required = true },
                Text("科目名称", "name", "“款”的名称，如 基本工资。", 24) with { Required = true },
                Amount("人员经费", "personnel", "基本支出中的人员经费部分（项目支出行不填）。"),
                Amount("公用经费", "public", "基本支出中的公用经费部分（项目支出行不填）。"),
                Amount("项目支出", "project", "项目支出金额（基本支出行不填）。"),
                Source(),
                Carryover(),
                Amount("上年数", "last_year", "该行上年预算数（模板要按经济分类与上年比较时填）。"),
            ], [new("基本支出", "economic_basic"), new("项目支出", "economic_project")]),
            new ListSheet("核对数", "预算系统给出的类、款合计数（可不填）：程序会与汇总出的数核对，不一致时报错。合计行的编码留空。",
            [
                new Column("分类", "classification", CellKind.Choice, "功能分类、基本支出经济分类 或 项目支出经济分类。", 20) { Labels = SubtotalKinds, Required = true },
                new Column("科目编码", "code", CellKind.Code, "类或款编码；合计行留空。", 12) { EmptyIsText = true },
                Amount("合计", "total", "给出的合计数。"),
            ], [new("核对数", "stated_subtotals")]),
            new FormSheet("三公", "“三公”经费（一般公共预算）：本年、上年和增减原因。合计和小计由程序计算；“核对用”列可填预算系统给出的合计。",
                ["本年预算数", "上年预算数", "增减原因", "合计（核对用）"],
            [
                ThreePublicRow("因公出国（境）费", "outbound"),
                new("公务用车购置及运行费" + ComputedMark,
                [
                    new Column("本年预算数", "", CellKind.Computed, "购置费 + 运行费。") { Formula = "B4+B5", Value = d => d.ThreePublic.VehiclePurchase.Amount + d.ThreePublic.VehicleOperation.Amount },
                    new Column("上年预算数", "", CellKind.Computed, "购置费 + 运行费（上年）。") { Formula = "C4+C5", Value = d => (d.ThreePublic.VehiclePurchase.LastYear ?? 0) + (d.ThreePublic.VehicleOperation.LastYear ?? 0) },
                    Reason("three_public.vehicle_reason"),
                    Amount("合计（核对用）", "three_public.stated_vehicle_total", "预算系统给出的公务用车购置及运行费，可不填。"),
                ], "小计由程序计算；可填增减原因和核对用的小计。"),
                ThreePublicRow("　其中：公务用车购置费", "vehicle_purchase"),
                ThreePublicRow("　　　　公务用车运行费", "vehicle_operation"),
                ThreePublicRow("公务接待费", "reception"),
                new("合计" + ComputedMark,
                [
                    new Column("本年预算数", "", CellKind.Computed, "“三公”经费合计。") { Formula = "B2+B3+B6", Value = d => d.ThreePublic.Outbound.Amount + d.ThreePublic.VehiclePurchase.Amount + d.ThreePublic.VehicleOperation.Amount + d.ThreePublic.Reception.Amount },
                    new Column("上年预算数", "", CellKind.Computed, "上年“三公”经费合计。") { Formula = "C2+C3+C6", Value = d => (d.ThreePublic.Outbound.LastYear ?? 0) + (d.ThreePublic.VehiclePurchase.LastYear ?? 0) + (d.ThreePublic.VehicleOperation.LastYear ?? 0) + (d.ThreePublic.Reception.LastYear ?? 0) },
                    Reason("three_public.reason"),
                    Amount("合计（核对用）", "three_public.stated_total", "预算系统给出的“三公”经费合计，可不填。"),
                ], "合计由程序计算；可填增减原因和核对用的合计。"),
            ]),
            new ListSheet(ProjectSheet, "项目支出，每行一个项目。绩效指标填在“绩效指标”表、项目经费情况说明填在“项目说明”表，都用“项目序号”对应。",
                ProjectColumns(), [new("项目", "projects")]),
            new ListSheet(IndicatorSheet, "绩效指标，每行一个。“项目序号”填“项目”表的序号；部门（单位）整体绩效目标的指标，项目序号留空。同一一级、二级指标的行在表中自动合并。",
            [
                Count(ProjectNumberHeader, "", "“项目”表中的序号；整体绩效目标的指标留空。"),
                new Column(ProjectNameHeader, "", CellKind.Computed, "按项目序号显示项目名称，由程序计算。", 30),
                Text("一级指标", "level1", "如 产出指标。", 14) with { Required = true },
                Text("二级指标", "level2", "如 数量指标。", 14) with { Required = true },
                Text("三级指标", "name", "指标名称。", 30) with { Required = true },
                Text("运算符", "operator", "=、>=、<=；定性指标留空。", 8) with { Suggestions = ["=", ">=", "<="] },
                Text("指标值", "value", "文字或数字。", 12),
                Text("度量单位", "measure_unit", "如 %、人、个。", 10),
                Text("完成时限", "deadline", "如 2023-12。", 12),
            ], [new("整体", "performance.indicators"), new("项目", "projects[].indicators")]),
            new ListSheet(ProjectDescriptionSheet, "项目经费情况说明（模板逐个项目公开说明时填）：每个项目一行，“项目序号”填“项目”表的序号。文字较长时可在单元格内按 Alt+Enter 换行。",
            [
                Count(ProjectNumberHeader, "", "“项目”表中的序号（必填，每个项目最多一行）。") with { Required = true },
                new Column(ProjectNameHeader, "", CellKind.Computed, "按项目序号显示项目名称，由程序计算。", 30),
                Text("项目概述", "overview", "项目的基本情况。", 40),
                Text("立项依据", "basis", "设立项目的政策、文件依据。", 40),
                Text("实施主体", "implementer", "项目的实施单位或部门。", 20),
                Text("实施方案", "plan", "项目如何实施。", 40),
                Text("实施周期", "period", "如 2023年1月—12月。", 16),
                Text("年度预算安排", "annual_arrangement", "本年预算安排的金额和用途。", 40),
                Text("绩效目标", "performance", "项目的绩效目标（文字）。", 40),
            ], [new("项目说明", "projects[].description")]),
            new ListSheet("整体绩效", "部门（单位）整体绩效目标：年度主要任务（名称和金额，合计应等于基本支出）和年度绩效目标（每条一行）。在“类别”列选择。",
            [
                Text("内容", "", "任务名称或一条绩效目标。", 60),
                Amount("金额", "amount", "年度主要任务的金额（绩效目标行不填）。") with { OnlyFor = ["performance.tasks"] },
            ], [new("年度主要任务", "performance.tasks"), new("年度绩效目标", "performance.goals")]),
            new FormSheet("资产", "国有资产占有使用情况。", ["填写内容"],
            [
                new("资产截止年月", [Text("填写内容", "assets.as_of", "YYYY-MM，如 2022-12。")], "YYYY-MM，如 2022-12（一般为上年 12 月）。"),
                new("部级领导干部用车（辆）", [Count("填写内容", "assets.vehicles.ministerial", "车辆数。")], "车辆数。"),
                new("主要领导干部用车（辆）", [Count("填写内容", "assets.vehicles.main_leader", "车辆数。")], "车辆数。"),
                new("一般公务用车（辆）", [Count("填写内容", "assets.vehicles.general", "车辆数。")], "车辆数。"),
                new("机要通信用车（辆）", [Count("填写内容", "assets.vehicles.confidential", "车辆数。")], "车辆数。"),
                new("应急保障用车（辆）", [Count("填写内容", "assets.vehicles.emergency", "车辆数。")], "车辆数。"),
                new("一般执法执勤用车（辆）", [Count("填写内容", "assets.vehicles.law_enforcement", "车辆数。")], "车辆数。"),
                new("特种专业技术用车（辆）", [Count("填写内容", "assets.vehicles.special_technical", "车辆数。")], "车辆数。"),
                new("离退休干部用车（辆）", [Count("填写内容", "assets.vehicles.retired", "车辆数。")], "车辆数。"),
                new("其他用车（辆）", [Count("填写内容", "assets.vehicles.other", "车辆数。")], "车辆数。"),
                new("单位价值50万元以上通用设备（台/套）", [Count("填写内容", "assets.general_equipment_over50", "台/套。")], "台/套。"),
                new("单位价值100万元以上专用设备（台/套）", [Count("填写内容", "assets.special_equipment_over100", "台/套。")], "台/套。"),
                new("单价100万元（含）以上设备（台/套）", [Count("填写内容", "assets.equipment_over100", "不分通用、专用，单价 100 万元（含）以上的设备合计（不含车辆），台/套。")], "模板把设备合并统计时填（不含车辆）。"),
                new("年初预算购置车辆（辆）", [Count("填写内容", "assets.planned_vehicle_purchases", "辆。")], "辆。"),
                new("年初预算购置车辆金额", [Amount("填写内容", "assets.planned_vehicle_purchase_amount", "金额。")], "金额。"),
                new("年初预算购置单价100万元（含）以上设备（台/套）", [Count("填写内容", "assets.planned_equipment_over100", "台/套。")], "年初预算安排购置的单价 100 万元（含）以上设备，台/套。"),
            ]),
            new FormSheet("原因", "上年数和总数增减的原因。本年数由程序计算（灰色）；只写原因本身，“增加的主要原因：”等字样由报告模板加。",
                ["本年数", "上年数", "增减原因"],
            [
                new("收支总预算",
                [
                    new Column("本年数", "", CellKind.Computed, "收入总计，由程序计算。") { Formula = "SUM('收入'!B2:C10)", Value = d => d.Income.ThisYear.Values.Sum() + d.Income.Carryover.Values.Sum() },
                    Amount("上年数", "last_year.total", "上年收支预算总计。"),
                    Reason("reasons.total"),
                ], "上年收支预算总计和增减原因。"),
                new("财政拨款收支预算",
                [
                    new Column("本年数", "", CellKind.Computed, "财政拨款收入（含上年结转），由程序计算。") { Formula = "SUM('收入'!B2:C4)", Value = FiscalTotal },
                    Amount("上年数", "last_year.fiscal_total", "上年财政拨款收支预算。"),
                    Reason("reasons.fiscal"),
                ], "上年财政拨款收支预算和增减原因。"),
                new("机关运行经费",
                [
                    Amount("本年数", "operating_costs.amount", "本年机关运行经费。"),
                    Amount("上年数", "operating_costs.last_year", "上年机关运行经费。"),
                    Reason("operating_costs.reason"),
                ], "机关运行经费：本年、上年和增减原因（都要填）。"),
            ]),
            new ListSheet("说明", "附在情况说明末尾的说明，每行一条（可不填）。", [Text("说明内容", "", "一条说明。", 100)], [new("说明", "notes")]),
            new ListSheet("补充科目", "模板包分类表中没有的科目（如某年新设的款）的名称，报告照此印出（可不填）。",
            [
                new Column("科目编码", "code", CellKind.Code, "3、5 或 7 位编码。", 12) { Required = true },
                Text("科目名称", "name", "科目名称。") with { Required = true },
            ], [new("补充科目", "code_names")]),
        };
        return sheets;
    }

    private static decimal FiscalTotal(BudgetData d)
    {
        decimal Sum(IReadOnlyDictionary<FundingSource, decimal> amounts) =>
            amounts.Where(p => p.Key is FundingSource.GeneralPublicBudget or FundingSource.GovernmentFund or FundingSource.StateCapital).Sum(p => p.Value);
        return Sum(d.Income.ThisYear) + Sum(d.Income.Carryover);
    }

    private static FormRow ThreePublicRow(string label, string field) => new(label,
    [
        Amount("本年预算数", $"three_public.{field}.amount", "本年预算数。"),
        Amount("上年预算数", $"three_public.{field}.last_year", "上年预算数。"),
        Reason($"three_public.{field}.reason"),
        null,
    ], "本年、上年和增减原因。");

    private static List<Column> ProjectColumns()
    {
        var columns = new List<Column>
        {
            Count("序号", "", "项目的序号（1、2、3……），“绩效指标”表用它对应项目。"),
            Text("项目名称", "name", "项目名称。", 30) with { Required = true },
            Text("实施单位", "unit", "不填即本单位。", 20),
            Text("项目类别", "category", "特定目标类、其他运转类等；特定目标类项目必须编制绩效目标。", 14) with { Suggestions = ["特定目标类", "其他运转类"] },
            new Column("功能分类编码", "functional_code", CellKind.Code, "项目所列的功能分类“项”编码（可不填）。", 12) { CodeList = "functional" },
        };
        columns.AddRange(FundingSources.Select(s => Amount("本年：" + s.Key, $"this_year.{s.Value}", $"本年{s.Key}安排的金额。")));
        columns.AddRange(FundingSources.Select(s => Amount("结转：" + s.Key, $"carryover.{s.Value}", $"上年结转结余中的{s.Key}。")));
        columns.Add(new Column("合计" + ComputedMark, "", CellKind.Computed, "本年与结转之和，由程序计算。")
            { SumOf = FundingSources.Select(s => "本年：" + s.Key).Concat(FundingSources.Select(s => "结转：" + s.Key)).ToList() });
        columns.Add(new Column("部门管理专项资金", "special_fund", CellKind.Bool, "是部门管理专项资金（列入部门管理专项资金表）选“是”。", 10));
        columns.Add(Amount("专项资金已分配数", "special_fund_allocated", "不填即全部已分配。"));
        columns.Add(Amount("其中：政府采购", "procurement", "项目金额中的政府采购。"));
        columns.Add(Amount("其中：政府购买服务", "purchased_services", "项目金额中的政府购买服务。"));
        columns.Add(Amount("其中：债务支出", "debt", "项目金额中的债务支出。"));
        columns.Add(Text("总体目标", "goal", "项目的总体目标。", 50));
        columns.Add(new Column("已编报绩效目标", "targets_set", CellKind.Bool,
            "项目编报了绩效目标、但指标不在本文件（“绩效指标”表）中列出时选“是”；已在“绩效指标”表填了指标的项目不用选。", 12));
        return columns;
    }

    /// <summary>The data format's value of a choice label for a field (for messages: the allowed labels).</summary>
    public static string Choices(Column column) => string.Join("、", column.Labels.Select(l => l.Key));

    /// <summary>The sheets a reader expects (the guide and the list sheet are written but not read).</summary>
    public static SheetLayout? Find(string name) => Sheets.FirstOrDefault(s => s.Name == name);

    /// <summary>
    /// Every field path the workbook holds, in the data format's terms (<c>income.this_year.general_public_budget</c>,
    /// <c>projects[].indicators.level1</c>; a list of texts is its own path), so a test can compare it with the model's fields.
    /// </summary>
    internal static IEnumerable<string> Fields()
    {
        foreach (var sheet in Sheets)
        {
            if (sheet is FormSheet form)
                foreach (var row in form.Rows)
                foreach (var cell in row.Cells.OfType<Column>().Where(c => c.Field.Length > 0))
                    yield return cell.Field;
            if (sheet is ListSheet list)
                foreach (var (_, path) in list.Lists)
                foreach (var column in list.Columns.Where(c => c.Kind != CellKind.Computed && (c.OnlyFor.Count == 0 || c.OnlyFor.Contains(path))))
                {
                    // The number columns only tie rows together (项目 序号, 项目序号); they hold no field.
                    if (column.Header == ProjectNumberHeader || (list.Name == ProjectSheet && column.Header == "序号")) continue;
                    yield return column.Field.Length > 0 ? $"{path}.{column.Field}"
                        : DataWorkbookWriter.IsTextList(path) ? path : $"{path}.name";
                }
        }
    }

    internal static string FieldName(string property) => DataFormat.FieldName(property);
}
