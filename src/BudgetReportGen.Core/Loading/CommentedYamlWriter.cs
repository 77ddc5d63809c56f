using System.Collections;
using System.Globalization;
using System.Text;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// Writes a data file for a person to fill in (<c>budgetgen init</c>): every field of the format, in the model's order, with a
/// Chinese comment saying what it is — including the fields still empty or 0 (unlike <see cref="BudgetDataWriter"/>, which
/// leaves them out), and an example line under each empty list. Reads back to the same data.
/// </summary>
public static class CommentedYamlWriter
{
    public static string Write(BudgetData data, IReadOnlyList<string> header)
    {
        var text = new StringBuilder();
        foreach (var line in header) text.Append(line.Length == 0 ? "#\n" : "# " + line.ReplaceLineEndings(" ") + "\n");
        if (header.Count > 0) text.Append('\n');
        Record(text, data, 0, "", topLevel: true);
        return text.ToString();
    }

    private static void Record(StringBuilder text, object record, int indent, string path, bool topLevel = false)
    {
        var type = record.GetType();
        foreach (var field in DataFormat.Fields(type))
        {
            var key = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            if (topLevel && Sections.TryGetValue(field.Name, out var section)) text.Append('\n').Append("# ── ").Append(section).Append(" ──\n");
            var value = field.Property.GetValue(record);
            var comment = Comments.GetValueOrDefault(key);
            var pad = new string(' ', indent);
            var isCode = CodeRule.For(type, field.Property.Name) is not null;
            switch (value)
            {
                case null:
                    Line(text, $"{pad}{field.Name}:", comment);
                    break;
                case IDictionary { Count: 0 } when ComparisonOnly.Contains(key):
                    // Empty means “no comparison with last year”, not 0 for every source: left empty, with an example.
                    Line(text, $"{pad}{field.Name}: {{}}", comment);
                    text.Append(pad).Append("  # 例：").Append(field.Name).Append(": { general_public_budget: 0, government_fund: 0 }\n");
                    break;
                case IDictionary dictionary:
                    Line(text, $"{pad}{field.Name}:", comment);
                    foreach (var source in Enum.GetValues<FundingSource>())
                        Line(text, $"{pad}  {DataFormat.EnumValue(source)}: {Amount(dictionary.Contains(source) ? (decimal)dictionary[source]! : 0m)}", SourceNames[source]);
                    break;
                case string or decimal or int or bool or DateOnly or Enum:
                    Line(text, $"{pad}{field.Name}: {Scalar(value, isCode)}", comment);
                    break;
                case IList list when list.Count == 0:
                    Line(text, $"{pad}{field.Name}: []", comment);
                    if (Examples.TryGetValue(key, out var example)) text.Append(pad).Append("  # 例：- ").Append(example).Append('\n');
                    break;
                case IList list:
                    Line(text, $"{pad}{field.Name}:", comment);
                    foreach (var item in list)
                    {
                        if (item is string s) text.Append(pad).Append("  - ").Append(Scalar(s, false)).Append('\n');
                        else if (IsFlat(item!)) text.Append(pad).Append("  - ").Append(Flow(item!)).Append('\n');
                        else
                        {
                            var nested = new StringBuilder();
                            Record(nested, item!, indent + 4, key);
                            text.Append(pad).Append("  - ").Append(nested.ToString(indent + 4, nested.Length - indent - 4));
                        }
                    }
                    break;
                default:
                    Line(text, $"{pad}{field.Name}:", comment);
                    Record(text, value, indent + 2, key);
                    break;
            }
        }
    }

    private static bool IsFlat(object record) => DataFormat.Fields(record.GetType())
        .All(f => f.Property.PropertyType is var t && (t == typeof(string) || t.IsValueType));

    private static string Flow(object record)
    {
        var type = record.GetType();
        return "{ " + string.Join(", ", DataFormat.Fields(type).Select(f =>
            $"{f.Name}: {(f.Property.GetValue(record) is { } v ? Scalar(v, CodeRule.For(type, f.Property.Name) is not null) : "null")}")) + " }";
    }

    private static void Line(StringBuilder text, string content, string? comment)
    {
        text.Append(content);
        if (comment is not null) text.Append("   # ").Append(comment);
        text.Append('\n');
    }

    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Scalar(object value, bool isCode) => value switch
    {
        string s when isCode || s.Length == 0 => YamlEmitter.Quoted(s),
        string s => YamlEmitter.IsPlainSafe(s) ? s : YamlEmitter.Quoted(s),
        decimal d => Amount(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => DataFormat.EnumValue(e),
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static readonly Dictionary<FundingSource, string> SourceNames = new()
    {
        [FundingSource.GeneralPublicBudget] = "一般公共预算拨款",
        [FundingSource.GovernmentFund] = "政府性基金预算拨款",
        [FundingSource.StateCapital] = "国有资本经营预算拨款",
        [FundingSource.FiscalSpecialAccount] = "财政专户管理资金",
        [FundingSource.BusinessIncome] = "单位资金：事业收入",
        [FundingSource.OperatingIncome] = "单位资金：事业单位经营收入",
        [FundingSource.SuperiorSubsidy] = "单位资金：上级补助收入",
        [FundingSource.SubordinateRemittance] = "单位资金：附属单位上缴收入",
        [FundingSource.OtherIncome] = "单位资金：其他收入",
    };

    private static readonly Dictionary<string, string> Sections = new()
    {
        ["year"] = "基本信息",
        ["department"] = "一、单位基本信息",
        ["duties"] = "二、部门职责（按顺序，每条一项，不写序号）",
        ["organisation"] = "三、机构设置（个数由程序数出）",
        ["income"] = "四、收入预算（按资金来源；收入总计 = 本年收入 + 上年结转结余）",
        ["expenditures"] = "五、支出预算：功能分类“项”级行（类、款、合计由程序汇总）",
        ["economic_basic"] = "六、经济分类“款”级行",
        ["stated_subtotals"] = "七、预算系统给出的合计数（可不填，会核对）",
        ["three_public"] = "八、“三公”经费、机关运行经费、政府采购、政府购买服务、债务",
        ["assets"] = "九、国有资产",
        ["projects"] = "十、项目（项目支出、政府采购、政府购买服务、债务、项目绩效目标、专项资金）",
        ["performance"] = "十一、部门（单位）整体绩效目标",
        ["last_year"] = "十二、上年数与增减原因",
        ["notes"] = "十三、其他",
    };

    /// <summary>Amounts by source that are only compared with, never summed: an empty one is not the same as zeros, so it is not spelled out.</summary>
    private static readonly HashSet<string> ComparisonOnly = new(StringComparer.Ordinal) { "income.last_year" };

    private static readonly Dictionary<string, string> Comments = new()
    {
        ["year"] = "预算年度",
        ["unit"] = "全文件金额单位：元 或 万元",
        ["publish_date"] = "公开日期 YYYY-MM-DD（印在封面与各表）",
        ["department"] = "单位基本信息",
        ["department.names"] = "单位名称：第一个是主名称，其余是加挂的牌子",
        ["department.code"] = "预算单位编码（加引号，开头的 0 要保留）",
        ["department.region_code"] = "财政区划编码（整体绩效目标表抬头）",
        ["department.kind"] = "单位性质：行政 / 参公 / 事业",
        ["department.supervisor"] = "主管部门（项目绩效目标表）",
        ["duties"] = "部门职责",
        ["organisation.statement"] = "预算范围说明句：按照预算编制有关规定，……收支均包含在单位预算中。",
        ["organisation.internal_units"] = "内设机构名称",
        ["organisation.branches"] = "分支机构名称",
        ["organisation.internal_unit_count"] = "只公开个数时填；确实没有内设机构和分支机构写 0",
        ["organisation.branch_count"] = "只公开个数时填",
        ["income.this_year"] = "本年收入，按资金来源",
        ["income.carryover"] = "上年结转结余，按资金来源",
        ["income.last_year"] = "上年预算数，按资金来源（模板要逐项与上年比较时填；不比较就留空 {}）",
        ["income.stated_total"] = "本年收入合计（可不填，会核对）",
        ["year_end_carryover"] = "年终结转结余（收支总表支出方）",
        ["expenditures"] = "每个“项”一行：code 7 位编码，personnel 人员经费，public 公用经费，project 项目支出，source 资金来源，carryover 是否上年结转，last_year 上年数",
        ["economic_basic"] = "基本支出经济分类“款”级行：personnel 人员经费，public 公用经费",
        ["economic_project"] = "项目支出经济分类“款”级行：project 金额",
        ["stated_subtotals"] = "classification：functional / economic_basic / economic_project；code 写 \"\" 表示合计行",
        ["three_public"] = "“三公”经费：amount 本年，last_year 上年，reason 增减原因",
        ["three_public.outbound"] = "因公出国（境）费",
        ["three_public.vehicle_purchase"] = "公务用车购置费",
        ["three_public.vehicle_operation"] = "公务用车运行费",
        ["three_public.reception"] = "公务接待费",
        ["three_public.reason"] = "“三公”经费合计增减原因",
        ["three_public.vehicle_reason"] = "公务用车购置及运行费增减原因",
        ["three_public.stated_total"] = "“三公”经费合计（可不填，会核对）",
        ["three_public.stated_vehicle_total"] = "公务用车购置及运行费小计（可不填，会核对）",
        ["operating_costs"] = "机关运行经费：amount 本年，last_year 上年，reason 增减原因",
        ["procurement"] = "政府采购：goods 货物，works 工程，services 服务",
        ["purchased_services"] = "政府购买服务金额",
        ["debt"] = "债务支出金额",
        ["assets"] = "国有资产占有使用情况",
        ["assets.as_of"] = "截止年月 YYYY-MM（一般为上年 12 月）",
        ["assets.vehicles"] = "车辆数",
        ["assets.vehicles.ministerial"] = "部级领导干部用车",
        ["assets.vehicles.general"] = "一般公务用车",
        ["assets.vehicles.law_enforcement"] = "一般执法执勤用车",
        ["assets.vehicles.special_technical"] = "特种专业技术用车",
        ["assets.vehicles.other"] = "其他用车",
        ["assets.general_equipment_over50"] = "单位价值 50 万元以上通用设备（台/套）",
        ["assets.special_equipment_over100"] = "单位价值 100 万元以上专用设备（台/套）",
        ["assets.planned_vehicle_purchases"] = "年初预算购置车辆台数",
        ["assets.planned_vehicle_purchase_amount"] = "年初预算购置车辆金额",
        ["projects"] = "项目：this_year / carryover 按资金来源填金额；indicators 绩效指标",
        ["projects.this_year"] = "本年金额，按资金来源",
        ["projects.carryover"] = "上年结转结余，按资金来源",
        ["projects.indicators"] = "绩效指标：level1 一级、level2 二级、name 三级指标，operator、value（加引号）、measure_unit、deadline",
        ["performance.tasks"] = "年度主要任务：name 和 amount（合计应等于基本支出）",
        ["performance.goals"] = "年度绩效目标，每条一项",
        ["performance.indicators"] = "整体绩效指标（写法同项目的 indicators）",
        ["performance.required_department_targets"] = "应编制整体绩效目标个数",
        ["last_year"] = "上年数：total 上年收支预算总计，fiscal_total 上年财政拨款收支预算",
        ["reasons"] = "总数增减原因：total 收支总预算，fiscal 财政拨款收支预算（只写原因本身）",
        ["notes"] = "附在情况说明末尾的说明",
        ["code_names"] = "模板包分类表中没有的科目的名称",
    };

    private static readonly Dictionary<string, string> Examples = new()
    {
        ["duties"] = "负责本市某某工作。",
        ["organisation.internal_units"] = "综合部",
        ["organisation.branches"] = "某某分中心",
        ["expenditures"] = "{ code: \"2080109\", name: 社会保险经办机构, personnel: 0, public: 0, project: 0, source: general_public_budget, carryover: false }",
        ["economic_basic"] = "{ code: \"30101\", name: 基本工资, personnel: 0, public: 0, source: general_public_budget }",
        ["economic_project"] = "{ code: \"30201\", name: 办公费, project: 0, source: general_public_budget }",
        ["stated_subtotals"] = "{ classification: functional, code: \"208\", total: 0 }",
        ["projects"] = "{ name: 某某项目, category: 特定目标类, functional_code: \"2080109\", this_year: { general_public_budget: 0 }, goal: 总体目标 }",
        ["projects.indicators"] = "{ level1: 产出指标, level2: 数量指标, name: 服务人数, operator: \">=\", value: \"100\", measure_unit: 人, deadline: \"2023-12\" }",
        ["performance.tasks"] = "{ name: 履行职责, amount: 0 }",
        ["performance.goals"] = "全面完成年度工作任务。",
        ["performance.indicators"] = "{ level1: 产出指标, level2: 数量指标, name: 服务人数, operator: \">=\", value: \"100\", measure_unit: 人, deadline: \"2023-12\" }",
        ["notes"] = "本单位无其他需要说明的事项。",
        ["code_names"] = "{ code: \"20126\", name: 档案事务 }",
    };
}
