using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Sampling;

/// <summary>The words sample departments are made of: places, department names by unit kind, duties, projects, indicators, reasons.</summary>
internal static class SampleTexts
{
    /// <summary>Characters outside the common set (CJK Extension B, a 64-stroke character, a recent addition) that fonts and writers must survive.</summary>
    public static readonly string[] RareCharacters = ["𠀀", "龘", "鿏"];

    public static readonly string[] Places =
    [
        "瓦房店市", "沈阳市", "大连市", "抚顺市", "本溪市", "丹东市", "锦州市", "营口市", "阜新市", "辽阳市", "铁岭市", "朝阳市",
        "盘锦市", "葫芦岛市", "海城市", "岫岩满族自治县", "台安县", "铁东区", "立山区", "千山区",
    ];

    public static readonly string[] RarePlaces = ["龘山区", "𠀀阳县", "鿏城市", "龘𠀀镇"];

    public static IReadOnlyList<string> Departments(UnitKind kind) => kind switch
    {
        UnitKind.Administrative => ["教育局", "财政局", "民政局", "司法局", "卫生健康委员会", "市场监督管理局", "自然资源局", "生态环境局", "交通运输局", "应急管理局", "统计局", "审计局"],
        UnitKind.CivilServiceManaged => ["交通运输综合行政执法队", "劳动保障监察支队", "档案馆", "供销合作社联合社", "城市管理综合行政执法局", "机关事务服务中心", "地方志编纂委员会办公室"],
        _ => ["社会保险事业服务中心", "图书馆", "疾病预防控制中心", "农业农村发展服务中心", "水利事务服务中心", "公共资源交易中心", "医疗保障事务服务中心", "林业和草原发展中心", "文化旅游服务中心", "退役军人服务中心", "第一高级中学", "人民医院"],
    };

    public static readonly string[] SecondNames = ["综合行政执法队", "事务服务中心", "信息中心", "监测站", "服务大厅", "档案室"];

    public static readonly string[] Supervisors =
    [
        "人力资源和社会保障局", "教育局", "卫生健康委员会", "农业农村局", "水利局", "文化旅游和广播电视局", "交通运输局", "人民政府办公室", "退役军人事务局", "自然资源局",
    ];

    public static readonly string[] Duties =
    [
        "贯彻执行国家及省、市有关法律法规和方针政策，拟订本行业发展规划并组织实施。",
        "承担本系统业务经办、信息统计和数据分析工作。",
        "负责本单位财务、资产和内部审计管理工作。",
        "承担行业监督检查和综合行政执法工作；指导县（市）区开展相关工作。",
        "负责本系统信息化建设、运行和维护等事务性工作。",
        "承担本系统干部业务培训和继续教育工作。",
        "负责政务公开、信访和安全生产工作。",
        "承担上级主管部门交办的其他工作。",
        "组织开展公共服务，提高群众满意度。",
        "负责“放管服”改革相关事务，优化营商环境。",
        "承担应急处置和重大活动保障工作：制定预案、组织演练。",
        "负责档案、保密和机要工作。",
    ];

    public static readonly string[] InternalUnits =
    [
        "办公室", "综合科", "财务科", "人事科", "业务一科", "业务二科", "政策法规科", "信息科", "党建工作科", "监督检查科", "规划发展科", "后勤保障科", "档案室",
    ];

    public static readonly string[] Branches = ["铁东分中心", "铁西分中心", "立山分中心", "千山分中心", "高新区分中心", "经济开发区分中心"];

    public static readonly string[] ProjectTopics =
    [
        "信息系统运行维护", "办公用房物业", "专项业务", "人才培养", "安全生产检查", "宣传教育", "设备购置", "档案数字化", "应急物资储备",
        "城乡环境整治", "困难群众生活补助", "社会保险经办", "农田水利建设", "公共文化服务", "疫情防控", "道路维修养护", "监测网络建设",
        "政府购买公益岗位", "老旧小区改造", "学生资助",
    ];

    public static readonly string[] RareProjectTopics = ["龘山生态修复", "𠀀村道路维修", "鿏材料检测", "龘峰林场防火"];

    public static readonly string[] ProjectSuffixes = ["经费", "项目", "专项资金", "补助资金", "工程"];

    public static readonly string[] Goals =
    [
        "保障单位正常运转，按时足额完成年度工作任务。",
        "提升公共服务水平，群众满意度不低于95%。",
        "按计划完成项目建设，确保资金使用安全、规范、有效。",
        "落实补助政策，补助资金按时足额发放到位。",
    ];

    /// <summary>Indicators as (一级, 二级, 三级, 运算符, 指标值, 度量单位).</summary>
    public static readonly (string Level1, string Level2, string Name, string Operator, string Value, string Unit)[] Indicators =
    [
        ("产出指标", "数量指标", "完成项目数量", ">=", "10", "个"),
        ("产出指标", "数量指标", "服务人数", ">=", "1200", "人"),
        ("产出指标", "质量指标", "验收合格率", "=", "100", "%"),
        ("产出指标", "质量指标", "设备完好率", ">=", "98", "%"),
        ("产出指标", "时效指标", "资金拨付及时率", "=", "100", "%"),
        ("产出指标", "成本指标", "成本控制率", "<=", "100", "%"),
        ("效益指标", "社会效益指标", "政策知晓率", ">=", "90", "%"),
        ("效益指标", "社会效益指标", "保障水平", "", "有效保障", ""),
        ("效益指标", "可持续影响指标", "长效机制建设", "", "持续有效", ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "95", "%"),
    ];

    public static readonly (string Level1, string Level2, string Name, string Operator, string Value, string Unit)[] DepartmentIndicators =
    [
        ("履职效能", "重点工作履行情况", "重点工作办结率", "=", "100", "%"),
        ("履职效能", "整体工作完成情况", "总体工作完成率", "=", "100", "%"),
        ("履职效能", "基础管理", "依法行政能力", "", "管理规范", ""),
        ("管理效率", "预算执行效率", "预算执行率", "=", "100", "%"),
        ("管理效率", "预算执行效率", "预算调整率", "<=", "5", "%"),
        ("管理效率", "预算编制管理", "预算绩效目标覆盖率", "=", "100", "%"),
        ("运行成本", "成本控制成效", "“三公”经费变动率", "<=", "0", "%"),
        ("社会效应", "服务对象满意度", "服务对象满意度", ">=", "95", "%"),
    ];

    public static readonly string[] Increases =
    [
        "人员变动及工资标准调整，人员经费相应增加。",
        "新增重点工作任务，相应安排资金。",
        "依据上年实际支出情况做了适当调整。",
        "业务量增加，运行成本相应增加。",
    ];

    public static readonly string[] Decreases =
    [
        "落实过紧日子要求，厉行勤俭节约，压减一般性支出。",
        "部分项目已完成，不再安排资金。",
        "人员退休减少，人员经费相应减少。",
        "依据上年实际支出情况做了适当调整。",
    ];

    public static readonly string[] News = ["根据工作需要新增此项预算。", "新设立专项工作，首次安排资金。"];

    public static readonly string[] Notes =
    [
        "本报告中金额合计数与各分项之和的尾数差异，系四舍五入所致。",
        "本单位无需要特别说明的其他事项。",
    ];
}
